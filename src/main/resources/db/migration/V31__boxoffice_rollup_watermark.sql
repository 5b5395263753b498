-- Box office: the rollups trail the ledger behind a watermark (issue 18). The sole writer folds each batch of
-- ledger entries into its in-memory rollup rows at once, but writes the rows to boxoffice_cinema_day only about
-- once a second, together with the watermark: the ledger_seq of the last entry those rows count. On start, the
-- entries above the watermark (written before a crash, never rolled up) are added to the rollups again.
-- Entries written before this version, and by a writer that is not the only one (a cluster), were rolled up in
-- their own transaction and have no ledger_seq.
alter table boxoffice_sale add column ledger_seq bigint;
create index boxoffice_sale_by_seq on boxoffice_sale (ledger_seq);

create table boxoffice_rollup_watermark (
    id         integer not null primary key check (id = 1),
    ledger_seq bigint  not null
);
insert into boxoffice_rollup_watermark (id, ledger_seq) values (1, 0);
