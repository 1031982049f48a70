-- Servelink core schema: teams and users, add-ons and payments, support tickets, and the
-- platform records the scheduled jobs act on. Written once for H2 (PostgreSQL mode) and
-- PostgreSQL; enumerations are CHECK constraints so both databases enforce the same values.

create table team (
    id          varchar(80)  primary key,
    slug        varchar(40)  not null,
    name        varchar(400) not null,
    plan        varchar(40)  not null,
    created_at  timestamp with time zone not null,
    version     bigint       not null default 0,
    constraint team_slug_unique unique (slug)
);

create sequence app_user_id_seq start with 1 increment by 1;

create table app_user (
    id               bigint       primary key,
    email            varchar(254) not null,
    email_normalized varchar(254) not null,
    name             varchar(400) not null,
    is_support       boolean      not null default false,
    created_at       timestamp with time zone not null,
    constraint app_user_email_unique unique (email_normalized)
);

create table team_membership (
    team_id    varchar(80) not null references team (id) on delete cascade,
    user_id    bigint      not null references app_user (id) on delete cascade,
    role       varchar(16) not null,
    created_at timestamp with time zone not null,
    primary key (team_id, user_id),
    constraint team_membership_role_check check (role in ('owner', 'admin', 'member'))
);
create index team_membership_user_idx on team_membership (user_id);

-- Bearer tokens are stored only as SHA-256 hashes (hex); the token itself is shown once.
create table api_token (
    token_hash   varchar(64) primary key,
    user_id      bigint      not null references app_user (id) on delete cascade,
    created_at   timestamp with time zone not null,
    last_used_at timestamp with time zone
);
create index api_token_user_idx on api_token (user_id);

create table payment (
    id                 varchar(80)   primary key,
    team_id            varchar(80)   not null references team (id),
    resource_id        varchar(80)   not null,
    amount             numeric(12, 2) not null,
    currency           varchar(3)    not null,
    provider           varchar(40)   not null,
    provider_reference varchar(255)  not null,
    checkout_url       varchar(2000) not null,
    status             varchar(16)   not null,
    created_at         timestamp with time zone not null,
    completed_at       timestamp with time zone,
    failed_at          timestamp with time zone,
    version            bigint        not null default 0,
    constraint payment_status_check check (status in ('pending', 'completed', 'failed', 'expired')),
    constraint payment_amount_positive check (amount > 0),
    constraint payment_completed_at_check check (status <> 'completed' or completed_at is not null)
);
create index payment_team_idx on payment (team_id, created_at);
create index payment_pending_idx on payment (status, created_at);

create table additional_resource (
    id            varchar(80)    primary key,
    team_id       varchar(80)    not null references team (id),
    resource_type varchar(16)    not null,
    quantity      integer        not null,
    unit_price    numeric(12, 2) not null,
    currency      varchar(3)     not null,
    payment_id    varchar(80)    not null references payment (id),
    status        varchar(16)    not null,
    created_at    timestamp with time zone not null,
    activated_at  timestamp with time zone,
    expires_at    timestamp with time zone,
    cancelled_at  timestamp with time zone,
    version       bigint         not null default 0,
    constraint additional_resource_type_check check (resource_type in ('ram', 'cpu', 'traffic', 'storage')),
    constraint additional_resource_status_check check (status in ('pending', 'active', 'expired', 'cancelled')),
    constraint additional_resource_quantity_check check (quantity between 1 and 100),
    constraint additional_resource_price_check check (unit_price > 0),
    constraint additional_resource_active_check check (status <> 'active' or expires_at is not null)
);
-- Limits and totals: the counting resources of one team.
create index additional_resource_team_idx on additional_resource (team_id, status, expires_at);
-- The expiry job: active resources by expiry time.
create index additional_resource_expiry_idx on additional_resource (status, expires_at);
create index additional_resource_payment_idx on additional_resource (payment_id);

create table processed_webhook_event (
    provider     varchar(40)  not null,
    event_id     varchar(255) not null,
    processed_at timestamp with time zone not null,
    primary key (provider, event_id)
);

create table support_ticket (
    id                    varchar(80)    primary key,
    team_id               varchar(80)    not null references team (id),
    user_id               bigint         not null,
    subject               varchar(1000)  not null,
    description           varchar(50000) not null,
    priority              varchar(16)    not null,
    -- 0 low … 3 urgent: lets the staff queue be read in index order
    priority_rank         smallint       not null,
    status                varchar(16)    not null,
    category              varchar(32)    not null,
    assigned_to           varchar(254),
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    resolved_at           timestamp with time zone,
    closed_at             timestamp with time zone,
    first_responded_at    timestamp with time zone,
    first_response_due_at timestamp with time zone not null,
    -- subject and description folded (lower case, no accents) for search; see SearchText
    search_text           varchar(60000) not null,
    version               bigint         not null default 0,
    constraint support_ticket_priority_check check (priority in ('low', 'normal', 'high', 'urgent')),
    constraint support_ticket_status_check check (status in ('open', 'in_progress', 'waiting', 'resolved', 'closed')),
    constraint support_ticket_category_check
        check (category in ('technical', 'billing', 'feature_request', 'bug_report', 'other')),
    constraint support_ticket_closed_check check ((status = 'closed') = (closed_at is not null)),
    constraint support_ticket_priority_rank_check check (priority_rank = case priority
        when 'low' then 0 when 'normal' then 1 when 'high' then 2 when 'urgent' then 3 end)
);
-- Team lists, newest first, and keyset pagination.
create index support_ticket_team_idx on support_ticket (team_id, created_at, id);
-- Team statistics.
create index support_ticket_team_status_idx on support_ticket (team_id, status, priority);
-- The staff queue: open tickets by priority and due time (PostgreSQL adds a partial index).
create index support_ticket_queue_idx on support_ticket (status, priority_rank, first_response_due_at);

create table support_message (
    id          varchar(80)    primary key,
    seq         bigint generated by default as identity,
    ticket_id   varchar(80)    not null references support_ticket (id) on delete cascade,
    user_id     bigint,
    author_type varchar(16)    not null,
    message     varchar(50000) not null,
    is_internal boolean        not null default false,
    created_at  timestamp with time zone not null,
    search_text varchar(50000) not null,
    constraint support_message_author_check check (author_type in ('user', 'support', 'system')),
    constraint support_message_internal_check check (not is_internal or author_type = 'support')
);
create index support_message_ticket_idx on support_message (ticket_id, created_at, seq);

-- What the platform reports (SPEC §8): projects, deployments and daily usage.
create table project (
    id                 varchar(80)  primary key,
    team_id            varchar(80)  not null references team (id),
    name               varchar(200) not null,
    status             varchar(16)  not null,
    created_at         timestamp with time zone not null,
    last_traffic_at    timestamp with time zone,
    inactive_since     timestamp with time zone,
    storage_mb         bigint       not null default 0,
    reactivation_count integer      not null default 0,
    version            bigint       not null default 0,
    constraint project_status_check check (status in ('active', 'inactive', 'disabled'))
);
create index project_team_idx on project (team_id);
create index project_status_idx on project (status);

create table deployment (
    id          varchar(80) primary key,
    project_id  varchar(80) not null references project (id) on delete cascade,
    environment varchar(40) not null,
    status      varchar(16) not null,
    size_mb     bigint      not null default 0,
    created_at  timestamp with time zone not null,
    is_current  boolean     not null default false,
    constraint deployment_status_check check (status in ('running', 'finished', 'failed', 'removed'))
);
create index deployment_project_idx on deployment (project_id, environment, created_at);

create table usage_sample (
    project_id varchar(80)    not null references project (id) on delete cascade,
    usage_date date           not null,
    metric     varchar(32)    not null,
    amount     numeric(18, 4) not null,
    primary key (project_id, usage_date, metric),
    constraint usage_sample_metric_check
        check (metric in ('cpu_core_hours', 'memory_mb_peak', 'traffic_gb', 'storage_mb')),
    constraint usage_sample_amount_check check (amount >= 0)
);

create table usage_alert (
    id         varchar(80)    primary key,
    team_id    varchar(80)    not null references team (id),
    metric     varchar(32)    not null,
    level      varchar(16)    not null,
    usage_month varchar(7)    not null,
    used       numeric(18, 4) not null,
    usage_limit numeric(18, 4) not null,
    created_at timestamp with time zone not null,
    constraint usage_alert_once unique (team_id, metric, level, usage_month),
    constraint usage_alert_level_check check (level in ('warning', 'critical', 'exceeded'))
);

-- First answers to purchases sent with an Idempotency-Key (kept 24 hours).
create table purchase_idempotency (
    team_id     varchar(80)    not null references team (id),
    idem_key    varchar(255)   not null,
    fingerprint varchar(200)   not null,
    payment_id  varchar(80)    not null,
    resource_id varchar(80)    not null,
    amount      numeric(12, 2) not null,
    currency    varchar(3)     not null,
    payment_url varchar(2000)  not null,
    created_at  timestamp with time zone not null,
    primary key (team_id, idem_key)
);

-- The last run of each scheduled job, whichever node ran it.
create table job_run (
    job         varchar(80) primary key,
    affected    integer     not null,
    started_at  timestamp with time zone not null,
    finished_at timestamp with time zone not null
);

-- Settings the system generates once and keeps (the sandbox webhook secret, for instance).
create table system_setting (
    setting_name  varchar(100)  primary key,
    setting_value varchar(4000) not null
);
