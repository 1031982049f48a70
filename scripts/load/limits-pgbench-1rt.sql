-- The one round trip of a limits request once the caller's token is remembered (issue 17): membership,
-- team, plan and the add-on sums in one grouped statement, as JdbcTeamLimitsReader sends it.
\set n random(0, 9999)
SELECT t.id, t.slug, t.name, t.plan, m.role, r.resource_type, sum(r.quantity)
  FROM team t JOIN team_membership m ON m.team_id = t.id
  LEFT JOIN additional_resource r ON r.team_id = t.id AND r.status = 'active' AND r.expires_at > now()
  WHERE t.slug = 'load-' || :n AND m.user_id = 1000 + :n
  GROUP BY t.id, t.slug, t.name, t.plan, m.role, r.resource_type;
