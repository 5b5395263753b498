-- Booking: the refund a ticket was given back in. Its id is the id of the TicketsRefunded event, by which every
-- consumer counts the refund once; kept so that the sales history can be replayed as the events it published.
alter table ticket add column refund_id varchar(80);

-- Refunds made before this column: a paid refund's id is in its payment's provider reference ('refund-' and the
-- id), written in the same instant as the tickets' refunded_at.
update ticket set refund_id = (
        select min(substr(p.provider_ref, 8)) from payment p
        where p.order_id = ticket.order_id and p.kind = 'REFUND' and p.created_at = ticket.refunded_at
          and p.provider_ref like 'refund-%')
    where refunded_at is not null;

-- A refund of free tickets moved no money, so its id was never stored: a stable one from its order and first ticket.
update ticket set refund_id = 'order-' || cast(order_id as varchar) || '-ticket-' || cast((
        select min(u.id) from ticket u where u.order_id = ticket.order_id and u.refunded_at = ticket.refunded_at) as varchar)
    where refunded_at is not null and refund_id is null;
