-- H2 has no trigram index; the embedded default scans one team's tickets, which its
-- (team_id, created_at, id) index already narrows.
select 1;
