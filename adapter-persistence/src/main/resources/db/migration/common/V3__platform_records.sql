-- Projects, deployments, usage and usage alerts (SPEC §7-§8): what V1 created, completed for
-- the domain's records and the repositories' queries. Portable to H2 (PostgreSQL mode) and
-- PostgreSQL; nothing wrote to these tables before this version.

-- Project: when it was last reactivated (the inactivity clock restarts there), one name per
-- team, and the domain's invariants as CHECK constraints.
alter table project add column last_reactivated_at timestamp with time zone;
alter table project add constraint project_team_name_unique unique (team_id, name);
alter table project add constraint project_inactive_since_check
    check ((status <> 'inactive' or inactive_since is not null) and (status <> 'active' or inactive_since is null));
alter table project add constraint project_counts_check check (storage_mb >= 0 and reactivation_count >= 0);
-- A team's projects, oldest first (findByTeam). V1's project_team_idx stays: H2 ties it to the
-- foreign key to team.
create index project_team_created_idx on project (team_id, created_at, id);

-- Deployment: optimistic locking like every other aggregate, and the domain's invariants.
alter table deployment add column version bigint not null default 0;
alter table deployment add constraint deployment_size_check check (size_mb >= 0);
alter table deployment add constraint deployment_current_check check (not (is_current and status = 'removed'));
-- A project's deployments, newest first (findByProject). V1's deployment_project_idx
-- (project_id, environment, created_at) stays: H2 ties it to the foreign key to project; it also
-- serves the storage meter's sum over one project.
create index deployment_project_created_idx on deployment (project_id, created_at, id);

-- Usage: an amount has up to 15 integer digits and 6 decimals (UsageSample), stored exactly.
alter table usage_sample alter column amount set data type numeric(21, 6);
-- The teams with usage in a month (teamsWithUsage) scan one month of samples.
create index usage_sample_day_idx on usage_sample (usage_date, project_id);

-- Usage alerts: a month's total (sums of up to 31 days over every project of a team) and its
-- limit, both stored exactly; the metric is one of the four the platform reports.
alter table usage_alert alter column used set data type numeric(30, 6);
alter table usage_alert alter column usage_limit set data type numeric(30, 6);
alter table usage_alert add constraint usage_alert_metric_check
    check (metric in ('cpu_core_hours', 'memory_mb_peak', 'traffic_gb', 'storage_mb'));
