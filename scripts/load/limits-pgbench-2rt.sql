-- The two round trips of a limits request once the caller's token is cached.
\set n random(0, 9999)
SELECT t.id, t.slug, t.name, t.plan, t.created_at, t.version, m.role FROM team t, team_membership m
  WHERE t.slug = 'load-' || :n AND m.team_id = t.id AND m.user_id = 1000 + :n;
SELECT r.resource_type, sum(r.quantity) FROM additional_resource r
  WHERE r.team_id = 'team_load' || :n AND r.status = 'active' AND r.expires_at > now() GROUP BY r.resource_type;
