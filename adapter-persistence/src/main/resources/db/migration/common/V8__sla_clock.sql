-- The SLA clock of each ticket (issue 14, decisions 125-134): which response support owes and
-- since when, business time consumed before the running segment (microseconds), since when the
-- clock runs (null while paused in in_progress or stopped), the derived due and warn instants,
-- the targets breached (recorded for good) and what the check_sla job already raised for the
-- current occurrence of each target. Target lists are comma-separated codes, sorted.
alter table support_ticket add column sla_response_target      varchar(16);
alter table support_ticket add column sla_response_started_at  timestamp with time zone;
alter table support_ticket add column sla_response_consumed_us bigint not null default 0;
alter table support_ticket add column sla_resolution_consumed_us bigint not null default 0;
alter table support_ticket add column sla_running_since        timestamp with time zone;
alter table support_ticket add column next_response_due_at     timestamp with time zone;
alter table support_ticket add column next_response_warn_at    timestamp with time zone;
alter table support_ticket add column resolution_due_at        timestamp with time zone;
alter table support_ticket add column resolution_warn_at       timestamp with time zone;
-- the earlier of the two running due instants: the staff queue's order within a priority
alter table support_ticket add column sla_due_at               timestamp with time zone;
-- the earliest warning or breach not raised yet: what check_sla looks for, by index
alter table support_ticket add column sla_next_check_at        timestamp with time zone;
alter table support_ticket add column sla_breached             varchar(64) not null default '';
alter table support_ticket add column sla_warned               varchar(64) not null default '';
alter table support_ticket add column sla_breach_raised        varchar(64) not null default '';

alter table support_ticket add constraint support_ticket_sla_response_check
    check (sla_response_target is null or sla_response_target in ('first_response', 'next_response'));

-- Tickets of earlier versions: the first response is owed from creation while none was given;
-- a waiting ticket owes a next response from its last change; the clock runs from then in open
-- and waiting. Due instants are left to check_sla, which derives them on its first run
-- (sla_next_check_at set), as the calendar of the configuration may not be 24/7.
update support_ticket set
    sla_response_target = case
        when status not in ('open', 'in_progress', 'waiting') then null
        when first_responded_at is null then 'first_response'
        when status = 'waiting' then 'next_response'
        else null end,
    sla_response_started_at = case
        when status not in ('open', 'in_progress', 'waiting') then null
        when first_responded_at is null then created_at
        when status = 'waiting' then updated_at
        else null end,
    sla_running_since = case
        when status = 'open' and first_responded_at is null then created_at
        when status in ('open', 'waiting') then updated_at
        else null end,
    next_response_due_at = case
        when status in ('open', 'waiting') and first_responded_at is null then first_response_due_at
        else null end,
    sla_due_at = case
        when status in ('open', 'waiting') and first_responded_at is null then first_response_due_at
        else null end,
    sla_next_check_at = case when status in ('open', 'waiting') then created_at else null end;

create index support_ticket_sla_check_idx on support_ticket (sla_next_check_at);
create index support_ticket_sla_queue_idx on support_ticket (status, priority_rank, sla_due_at);
-- close_resolved_tickets: resolved tickets by resolution time (a customer reply reopens one)
create index support_ticket_resolved_idx on support_ticket (status, resolved_at);
