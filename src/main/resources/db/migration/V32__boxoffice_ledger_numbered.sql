-- Box office: the ledger's number is its key (issue 18). On the embedded store every index of boxoffice_sale is a
-- B-tree of its own that each entry is inserted into, logged for undo and committed: with a varchar primary key the
-- rows sat in a map of hidden row ids beside five such trees (event_id, sale_id, campaign_id, ledger_seq). With
-- ledger_seq as the primary key the rows are stored by it (H2 keys a table by a single bigint primary key), so the
-- separate ledger_seq index goes and recovery still finds the entries above the watermark by a range of the key.
-- event_id stays unique: it is the idempotency key.
-- Entries that no sole writer numbered (written before V31, or by a writer of a cluster) get negative numbers from
-- a sequence: below every watermark, so recovery never counts them again, as with no number before.
create sequence boxoffice_sale_unnumbered;

create table boxoffice_ledger (
    ledger_seq     bigint       not null primary key,
    event_id       varchar(80)  not null unique,
    sale_id        varchar(80)  not null,
    kind           varchar(6)   not null check (kind in ('SALE', 'REFUND')),
    film_id        bigint       not null,
    cinema_id      bigint       not null,
    chain          varchar(200) not null,
    city           varchar(100) not null,
    province       varchar(100) not null,
    city_tier      integer      not null,
    box_office_day date         not null,
    presale        boolean      not null,
    admissions     integer      not null,
    gross_minor    bigint       not null,
    source         varchar(60)  not null,
    recorded_at    timestamp with time zone not null,
    campaign_id    bigint,
    channel_id     bigint,
    partner_id     bigint
);
insert into boxoffice_ledger (ledger_seq, event_id, sale_id, kind, film_id, cinema_id, chain, city, province, city_tier,
                              box_office_day, presale, admissions, gross_minor, source, recorded_at, campaign_id,
                              channel_id, partner_id)
select coalesce(ledger_seq, -nextval('boxoffice_sale_unnumbered')), event_id, sale_id, kind, film_id, cinema_id, chain, city,
       province, city_tier, box_office_day, presale, admissions, gross_minor, source, recorded_at, campaign_id,
       channel_id, partner_id
from boxoffice_sale;
drop table boxoffice_sale;
alter table boxoffice_ledger rename to boxoffice_sale;
create index boxoffice_sale_by_sale on boxoffice_sale (sale_id);
create index boxoffice_sale_by_campaign on boxoffice_sale (campaign_id);
