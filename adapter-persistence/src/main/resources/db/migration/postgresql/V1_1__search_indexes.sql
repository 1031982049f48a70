-- PostgreSQL only: trigram indexes make the substring search (LIKE '%…%') on the folded text
-- use an index. pg_trgm is a trusted extension: a database owner may create it.
create extension if not exists pg_trgm with schema public;
create index support_ticket_search_idx on support_ticket using gin (search_text public.gin_trgm_ops);
create index support_message_search_idx on support_message using gin (search_text public.gin_trgm_ops)
    where not is_internal;
