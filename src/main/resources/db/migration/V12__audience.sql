-- Audience module: the tickets each moviegoer bought, as the audience sees them (who, which film, where,
-- which weekday and hour of the cinema's clock, what they paid). Filled from booking's TicketsSold and
-- TicketsRefunded events, idempotently (sale_id and refund_id are the keys); rebuildable from them.
create table audience_ticket (
    sale_id      varchar(80)  not null primary key,
    account_id   bigint       not null,
    film_id      bigint       not null,
    cinema_id    bigint       not null,
    weekday      integer      not null check (weekday between 1 and 7),
    local_hour   integer      not null check (local_hour between 0 and 23),
    seats        integer      not null check (seats >= 0),
    amount_minor bigint       not null check (amount_minor >= 0),
    sold_at      timestamp with time zone not null
);
create index audience_ticket_by_film on audience_ticket (film_id);
create index audience_ticket_by_account on audience_ticket (account_id);

create table audience_refund (
    refund_id    varchar(80) not null primary key,
    sale_id      varchar(80) not null
);
