-- Refunds and disputes (issue 15, decisions 190-194): a completed payment may be refunded or
-- disputed, which revokes the add-on it paid for. reversed_at is when the money first went back;
-- provider_payment is the provider's own id of the money movement (Stripe's PaymentIntent),
-- remembered when the checkout completed, so a dispute that names only it finds our payment.
-- Portable to H2 and PostgreSQL.

alter table payment drop constraint payment_status_check;
alter table payment add constraint payment_status_check
    check (status in ('pending', 'completed', 'failed', 'expired', 'refunded', 'disputed'));

alter table payment add column reversed_at timestamp with time zone;
alter table payment add column provider_payment varchar(255);
alter table payment add constraint payment_reversed_at_check
    check (status not in ('refunded', 'disputed') or (reversed_at is not null and completed_at is not null));

create index payment_provider_payment_idx on payment (provider, provider_payment);
