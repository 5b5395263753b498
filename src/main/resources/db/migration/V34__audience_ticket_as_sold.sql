-- Audience: a purchase keeps the seats and amount it sold; its refunds stay rows of audience_refund and are subtracted
-- when purchases are read. Before, each refund was subtracted from audience_ticket in place, and a refund delivered at
-- the same time as its sale could be lost (each transaction blind to the other's). Rows stored that way get their
-- refunds back; a store that may hold such a lost refund is made exact by `./marquee audience rebuild`.
update audience_ticket t
set seats = seats + coalesce((select sum(r.seats) from audience_refund r where r.sale_id = t.sale_id), 0),
    amount_minor = amount_minor + coalesce((select sum(r.amount_minor) from audience_refund r where r.sale_id = t.sale_id), 0);
create index audience_refund_by_sale on audience_refund (sale_id);
