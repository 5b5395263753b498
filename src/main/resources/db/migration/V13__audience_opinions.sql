-- Audience module: what moviegoers say about films. Want-to-see marks (before release), ratings and
-- reviews (after release; "verified" when the moviegoer had a ticket for the film checked in at the door),
-- and check-ins from booking's TicketCheckedIn events. Each row keeps when the moviegoer's account was made,
-- so that a spike driven by brand-new accounts can be told apart from a real one.
create table want_to_see (
    account_id         bigint not null,
    film_id            bigint not null,
    marked_at          timestamp with time zone not null,
    account_created_at timestamp with time zone not null,
    primary key (account_id, film_id)
);
create index want_to_see_by_film on want_to_see (film_id, marked_at);

create table film_rating (
    account_id         bigint        not null,
    film_id            bigint        not null,
    rating             integer       not null check (rating between 1 and 10),
    review             varchar(2000),
    rated_at           timestamp with time zone not null,
    verified           boolean       not null,
    account_created_at timestamp with time zone not null,
    primary key (account_id, film_id)
);
create index film_rating_by_film on film_rating (film_id, rated_at);

create table audience_checkin (
    ticket_id     bigint not null primary key,
    account_id    bigint not null,
    film_id       bigint not null,
    checked_in_at timestamp with time zone not null
);
create index audience_checkin_by_account on audience_checkin (account_id, film_id);

-- Refunds with their day and size, for the refund-surge flag.
alter table audience_refund add column film_id bigint;
alter table audience_refund add column seats integer;
alter table audience_refund add column refunded_at timestamp with time zone;
