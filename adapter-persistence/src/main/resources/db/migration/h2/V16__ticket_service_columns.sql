-- Issue 15 (decision 201): the PostgreSQL file's columns in H2's syntax; DATEDIFF in microseconds
-- is the exact difference of two timestamps of microsecond precision.
alter table support_ticket add column resolution_us bigint
    generated always as (datediff(microsecond, created_at, resolved_at));
alter table support_ticket add column first_response_us bigint
    generated always as (datediff(microsecond, created_at, first_responded_at));
alter table support_ticket add column public_support_replies integer not null default 0;
update support_ticket t set public_support_replies = (select count(*) from support_message m
    where m.ticket_id = t.id and m.author_type = 'support' and not m.is_internal);
alter table support_ticket add constraint support_ticket_public_support_replies_check
    check (public_support_replies >= 0);
