-- Catalog ownership by tenants: a distributor owns its films, a cinema chain its cinemas. Plain ids,
-- without a foreign key, so that the catalog does not depend on the accounts module's tables.
-- A film without a distributor is market-wide. An unannounced film is seen only by its owner and the operator.
alter table film add column distributor_tenant_id bigint;
alter table film add column announced boolean not null default true;
alter table cinema add column chain_tenant_id bigint;
create index film_by_distributor on film (distributor_tenant_id);
create index cinema_by_chain_tenant on cinema (chain_tenant_id);
