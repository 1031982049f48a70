-- Issue 15, statistics that state their method (decision 176): the period of the statistics
-- selects tickets by creation time, across all teams for staff (a team's already has
-- support_ticket_team_idx on team_id, created_at); a history counts tickets per bucket of their
-- resolution time and closing time, a team's or all teams'. H2 has the same file without the
-- partial index, which it does not support.
create index support_ticket_created_idx on support_ticket (created_at);
create index support_ticket_resolved_at_idx on support_ticket (resolved_at);
create index support_ticket_team_resolved_idx on support_ticket (team_id, resolved_at);
create index support_ticket_closed_at_idx on support_ticket (closed_at);
-- first-contact resolution counts each resolved ticket's public support replies: an index-only
-- probe per ticket instead of reading every message of it
create index support_message_public_reply_idx on support_message (ticket_id)
    where author_type = 'support' and not is_internal;
