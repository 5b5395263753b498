-- Previews: invitations to an accepted invitation-only screening request (issue 16 item 3). One invitation per request:
-- the segment it went to (as campaigns' offers describe it), the holdout share and the seed of the random split
-- (campaigns' HoldoutSplit), and every eligible member with their arm. Only the invited (held_out false) may book.
create table screening_invitation (
    request_id            bigint       not null primary key,
    screening_id          bigint       not null,
    distributor_tenant_id bigint       not null,
    segment               varchar(300) not null,
    holdout_share         double precision not null,
    seed                  bigint       not null,
    eligible              integer      not null,
    invited               integer      not null,
    held_out              integer      not null,
    created_by            bigint       not null,
    created_at            timestamp with time zone not null
);
create table screening_invitee (
    screening_id bigint  not null,
    account_id   bigint  not null,
    held_out     boolean not null,
    primary key (screening_id, account_id)
);
create index screening_invitee_account on screening_invitee (account_id, screening_id);
-- The booking path asks, per hold, whether a screening is invitation-only.
create index screening_request_screening on screening_request (screening_id);
