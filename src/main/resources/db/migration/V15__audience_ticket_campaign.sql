-- Audience module: the coupon a ticket was bought with and the campaign its sale is attributed to (both from
-- TicketsSold), so that a portrait can be drawn of a coupon's or a campaign's buyers. Purchases stored before
-- have neither until the audience is rebuilt from booking's history (./marquee audience rebuild).
alter table audience_ticket add column coupon_code varchar(40);
alter table audience_ticket add column campaign_id bigint;
