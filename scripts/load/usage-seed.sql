-- Usage at scale for the dashboard benchmark (issue 12), after seed.sql: team load-0 (Pro) has 50
-- projects reporting 4 metrics every day of the last 365 days (73,000 samples); every other team
-- has one project reporting 4 metrics for the last 30 days (1.2 million samples), so the team's
-- queries run against a table of realistic size.
\set ON_ERROR_STOP on
insert into project (id, team_id, name, status, created_at, storage_mb)
select 'prj_big' || p, 'team_load0', 'project-' || lpad(p::text, 2, '0'), 'active', now() - interval '400 days', 0
from generate_series(1, 50) p;
insert into project (id, team_id, name, status, created_at, storage_mb)
select 'prj_load' || g, 'team_load' || g, 'site', 'active', now() - interval '40 days', 0
from generate_series(1, 9999) g;
insert into usage_sample (project_id, usage_date, metric, amount)
select 'prj_big' || p, current_date - d, m.metric,
       case m.metric when 'cpu_core_hours' then 1.5 + (p % 7) * 0.25
                     when 'memory_mb_peak' then 80 + p * 2
                     when 'traffic_gb' then 0.004 * p + (d % 5) * 0.001
                     else 150 + p * 3 + (365 - d) * 0.2 end
from generate_series(1, 50) p, generate_series(0, 364) d,
     (values ('cpu_core_hours'), ('memory_mb_peak'), ('traffic_gb'), ('storage_mb')) m(metric);
insert into usage_sample (project_id, usage_date, metric, amount)
select 'prj_load' || g, current_date - d, m.metric, 1 + (g % 10) * 0.5
from generate_series(1, 9999) g, generate_series(0, 29) d,
     (values ('cpu_core_hours'), ('memory_mb_peak'), ('traffic_gb'), ('storage_mb')) m(metric);
-- the rollups the server keeps when usage is reported through the API (V6's backfill, as the
-- samples above were written straight to the table)
insert into usage_team_day (team_id, usage_date, metric, total)
select p.team_id, s.usage_date, s.metric, sum(s.amount)
from usage_sample s join project p on p.id = s.project_id
group by p.team_id, s.usage_date, s.metric;
insert into usage_project_month (project_id, team_id, usage_year, usage_month, cpu_core_hours, memory_mb_peak,
                                 traffic_gb, storage_mb)
select s.project_id, p.team_id, extract(year from s.usage_date), extract(month from s.usage_date),
       sum(case when s.metric = 'cpu_core_hours' then s.amount end),
       max(case when s.metric = 'memory_mb_peak' then s.amount end),
       sum(case when s.metric = 'traffic_gb' then s.amount end),
       max(case when s.metric = 'storage_mb' then s.amount end)
from usage_sample s join project p on p.id = s.project_id
group by s.project_id, p.team_id, extract(year from s.usage_date), extract(month from s.usage_date);
vacuum analyze;
