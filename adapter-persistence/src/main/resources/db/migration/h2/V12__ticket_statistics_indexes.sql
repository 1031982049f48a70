-- Issue 15 (decision 176): the indexes of postgresql/V12 but the partial one, which H2 lacks.
create index support_ticket_created_idx on support_ticket (created_at);
create index support_ticket_resolved_at_idx on support_ticket (resolved_at);
create index support_ticket_team_resolved_idx on support_ticket (team_id, resolved_at);
create index support_ticket_closed_at_idx on support_ticket (closed_at);
