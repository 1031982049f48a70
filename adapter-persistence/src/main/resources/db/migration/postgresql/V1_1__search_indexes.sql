-- PostgreSQL only: trigram indexes make the substring search (LIKE '%…%') on the folded text
-- use an index. pg_trgm is a trusted extension: a database owner may create it.
create extension if not exists pg_trgm with schema public;
create index support_ticket_search_idx on support_ticket using gin (search_text public.gin_trgm_ops);
create index support_message_search_idx on support_message using gin (search_text public.gin_trgm_ops)
    where not is_internal;

-- The staff queue reads open tickets in this exact order and stops at its limit.
create index support_ticket_open_queue_idx on support_ticket (priority_rank desc, first_response_due_at, created_at, id)
    where status in ('open', 'in_progress', 'waiting');
