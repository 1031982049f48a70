-- The statements one GET …/limits issues, as one pgbench transaction: the token look-up (skipped by
-- the server while its 10-second cache holds), membership with team and plan, the add-on sums.
\set n random(0, 9999)
SELECT u.id, u.email, u.name, u.is_support FROM app_user u, api_token t
  WHERE t.token_hash = encode(sha256(('slk_load_' || :n)::bytea), 'hex') AND u.id = t.user_id;
SELECT t.id, t.slug, t.name, t.plan, t.created_at, t.version, m.role FROM team t, team_membership m
  WHERE t.slug = 'load-' || :n AND m.team_id = t.id AND m.user_id = 1000 + :n;
SELECT r.resource_type, sum(r.quantity) FROM additional_resource r
  WHERE r.team_id = 'team_load' || :n AND r.status = 'active' AND r.expires_at > now() GROUP BY r.resource_type;
