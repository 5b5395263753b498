-- Accounts module: when a moviegoer was forgotten (DELETE /api/me). The anonymised row stays for the orders
-- that point at it; this column, not the shape of the anonymised e-mail, is what says it was forgotten.
alter table account add column forgotten_at timestamp with time zone;
update account set forgotten_at = created_at
    where role = 'MOVIEGOER' and password_hash is null and email = 'forgotten-' || cast(id as varchar) || '@invalid.marquee';
