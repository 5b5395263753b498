-- The sandbox payment provider's own record of charges and refunds. A real provider keeps them on its side;
-- the sandbox keeps them here, so a refund after a restart (or on another instance) finds its charge, and
-- payments can be checked against orders after a crash.
create table sandbox_payment (
    reference        varchar(120) not null primary key,
    kind             varchar(6)   not null check (kind in ('CHARGE', 'REFUND')),
    outcome          varchar(10)  not null,
    amount_minor     bigint       not null,
    currency         varchar(3)   not null,
    charge_reference varchar(120),
    made_at          timestamp with time zone not null
);
create index sandbox_payment_by_charge on sandbox_payment (charge_reference);
