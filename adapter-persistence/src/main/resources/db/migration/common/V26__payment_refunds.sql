-- Issue 18, refunds by staff and by the provider (decisions 276-280). A refund is asked (pending),
-- then the provider accepts it (succeeded) or cannot be reached (failed: its amount is free again
-- and the same idempotency key asks again). position numbers a payment's refunds from 1: two
-- refunds of one payment asked at once take the same position and the second insert fails, so
-- never more than the amount paid is asked. Portable to H2 and PostgreSQL.

create table payment_refund (
    id                 varchar(80)    primary key,
    payment_id         varchar(80)    not null references payment (id),
    position           integer        not null,
    amount             numeric(17, 2) not null,
    currency           varchar(3)     not null,
    reason             varchar(500)   not null,
    requested_by       varchar(320)   not null,
    origin             varchar(16)    not null,
    idempotency_key    varchar(255)   not null,
    status             varchar(16)    not null,
    provider_reference varchar(255),
    created_at         timestamp with time zone not null,
    settled_at         timestamp with time zone,
    credit_note        varchar(20),
    constraint payment_refund_position_unique unique (payment_id, position),
    constraint payment_refund_key_unique unique (payment_id, idempotency_key),
    constraint payment_refund_amount_check check (amount > 0),
    constraint payment_refund_origin_check check (origin in ('staff', 'provider')),
    constraint payment_refund_status_check check (status in ('pending', 'succeeded', 'failed')),
    constraint payment_refund_settled_check check (status = 'pending' or settled_at is not null)
);
