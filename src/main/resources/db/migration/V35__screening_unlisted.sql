-- Catalog: a screening may be left out of public listings (an invitation-only preview). Its chain, its film's
-- distributor and the operator still list it; anyone may still open it by its id. Before, GET /api/screenings listed
-- invitation-only previews to everyone, while the storefront hid them. Existing ones are taken from the accepted
-- invitation-only screening requests.
alter table screening add column unlisted boolean not null default false;

update screening set unlisted = true
where id in (select screening_id from screening_request
             where invitation_only = true and status = 'ACCEPTED' and screening_id is not null);
