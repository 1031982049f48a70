-- Usage rollups: what the dashboard, the limits job and the history read, kept by the write path
-- (JpaUsageRepository.saveAll recomputes the rows a report touches, in its transaction, under a
-- lock on the team rows) so that a read touches a few rows instead of every sample of the
-- team's projects: a team of 50 projects has 200 samples a day. Portable to H2 (PostgreSQL mode)
-- and PostgreSQL. Filled here from the samples already stored.

-- Per team, day and metric: the sum across the team's projects.
create table usage_team_day (
    team_id    varchar(80)    not null references team (id),
    usage_date date           not null,
    metric     varchar(32)    not null,
    total      numeric(30, 6) not null,
    primary key (team_id, usage_date, metric),
    constraint usage_team_day_metric_check
        check (metric in ('cpu_core_hours', 'memory_mb_peak', 'traffic_gb', 'storage_mb')),
    constraint usage_team_day_total_check check (total >= 0)
);
-- The teams with usage in a month (the limits job).
create index usage_team_day_date_idx on usage_team_day (usage_date, team_id);

-- Per project and month: flows summed, levels at the project's highest day (null: no sample).
create table usage_project_month (
    project_id     varchar(80)    not null references project (id) on delete cascade,
    team_id        varchar(80)    not null references team (id),
    usage_year     integer        not null,
    usage_month    integer        not null,
    cpu_core_hours numeric(30, 6),
    memory_mb_peak numeric(30, 6),
    traffic_gb     numeric(30, 6),
    storage_mb     numeric(30, 6),
    primary key (project_id, usage_year, usage_month),
    constraint usage_project_month_month_check check (usage_month between 1 and 12)
);
-- A team's projects of a month (top projects).
create index usage_project_month_team_idx on usage_project_month (team_id, usage_year, usage_month);

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
