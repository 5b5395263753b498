-- Campaigns: the daily figures short-video and social platforms export per post (a corrected row replaces its
-- day), and targeted offers with their randomised holdout.
create table campaign_engagement (
    channel_id   bigint      not null references campaign_channel (id),
    engaged_on   date        not null,
    views        bigint      not null check (views >= 0),
    likes        bigint      not null check (likes >= 0),
    comments     bigint      not null check (comments >= 0),
    shares       bigint      not null check (shares >= 0),
    spend_minor  bigint      not null check (spend_minor >= 0),
    updated_at   timestamp with time zone not null,
    primary key (channel_id, engaged_on)
);

-- A targeted offer (a channel of kind OFFER): the segment rule it was drawn from, the share held out, the seed
-- that split eligible moviegoers reproducibly, and the coupon only the contacted may use.
create table campaign_offer (
    channel_id     bigint        not null primary key references campaign_channel (id),
    campaign_id    bigint        not null references campaign (id),
    segment        varchar(300)  not null,
    holdout_share  double precision not null,
    seed           bigint        not null,
    coupon_code    varchar(40)   not null,
    eligible       integer       not null,
    contacted      integer       not null,
    held_out       integer       not null,
    starts_at      timestamp with time zone not null,
    created_at     timestamp with time zone not null
);

-- Each eligible moviegoer of an offer and their arm: contacted (got the coupon) or held out (never contacted).
create table campaign_offer_member (
    channel_id  bigint  not null references campaign_offer (channel_id),
    account_id  bigint  not null,
    held_out    boolean not null,
    primary key (channel_id, account_id)
);
create index campaign_offer_member_by_account on campaign_offer_member (account_id);

-- Every purchase of the offer's film by a member of either arm after the offer started (attributed or not, with
-- or without the coupon): what the lift compares. Refunds take their amount back out (each counted once).
create table campaign_offer_purchase (
    sale_id      varchar(80) not null primary key,
    channel_id   bigint      not null,
    account_id   bigint      not null,
    seats        integer     not null,
    amount_minor bigint      not null,
    sold_at      timestamp with time zone not null
);
create index campaign_offer_purchase_by_channel on campaign_offer_purchase (channel_id, account_id);

create table campaign_offer_refund (
    refund_id    varchar(80) not null primary key,
    sale_id      varchar(80) not null,
    channel_id   bigint      not null,
    account_id   bigint      not null,
    seats        integer     not null,
    amount_minor bigint      not null
);
create index campaign_offer_refund_by_channel on campaign_offer_refund (channel_id, account_id);
