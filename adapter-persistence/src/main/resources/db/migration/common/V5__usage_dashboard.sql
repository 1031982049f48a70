-- Usage dashboard: an alert records, as forecast when it was raised, the day its limit is
-- reached and the add-on that would cover the need; the new level 'cliff' warns that an add-on
-- the usage needs expires soon (7 days, then 1 day before). Uniqueness moves from (metric, level,
-- month) to the key the domain builds (UsageAlert.Key): 'metric/level/month' for a threshold,
-- 'cliff/res_…/7d' for a cliff. Portable to H2 (PostgreSQL mode) and PostgreSQL.

alter table usage_alert add column alert_key varchar(200);
-- rows of earlier versions are thresholds: their key is the one Key.threshold builds
update usage_alert set alert_key = metric || '/' || level || '/' || usage_month;
alter table usage_alert alter column alert_key set not null;
-- added before the old constraint goes, so that H2 keeps an index on team_id for the foreign key
alter table usage_alert add constraint usage_alert_key_unique unique (team_id, alert_key);
alter table usage_alert drop constraint usage_alert_once;

alter table usage_alert drop constraint usage_alert_level_check;
alter table usage_alert add constraint usage_alert_level_check
    check (level in ('warning', 'critical', 'exceeded', 'cliff'));

-- The forecast and the suggested add-on (AddOnSuggestion): all of the suggestion or none of it.
alter table usage_alert add column reaches_limit_on date;
alter table usage_alert add column suggested_type varchar(16);
alter table usage_alert add column suggested_quantity integer;
alter table usage_alert add column suggested_unit_price numeric(12, 2);
alter table usage_alert add column suggested_price numeric(12, 2);
alter table usage_alert add column suggested_currency varchar(3);
alter table usage_alert add column suggested_covers boolean;
alter table usage_alert add constraint usage_alert_suggestion_check check (
    (suggested_type is null and suggested_quantity is null and suggested_unit_price is null
        and suggested_price is null and suggested_currency is null and suggested_covers is null)
    or (suggested_type in ('ram', 'cpu', 'traffic', 'storage') and suggested_quantity between 1 and 100
        and suggested_unit_price is not null and suggested_price is not null and suggested_currency is not null
        and suggested_covers is not null));

-- The expiring add-on of a cliff alert and the window it was warned in: set exactly for 'cliff'.
alter table usage_alert add column resource_id varchar(80);
alter table usage_alert add column resource_expires_at timestamp with time zone;
alter table usage_alert add column within_days integer;
alter table usage_alert add constraint usage_alert_cliff_check check (
    (level <> 'cliff' and resource_id is null and resource_expires_at is null and within_days is null)
    or (level = 'cliff' and resource_id is not null and resource_expires_at is not null and within_days in (1, 7)));
