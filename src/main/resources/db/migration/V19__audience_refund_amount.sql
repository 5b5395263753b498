-- What each refund gave back, so that a refund delivered before its sale (re-deliveries after a crash run on
-- several threads) is taken off the sale when the sale arrives. Refunds stored before this were applied already.
alter table audience_refund add column amount_minor bigint not null default 0;
