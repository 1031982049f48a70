-- The pages' sign-in sessions (issue 11): stored by the SHA-256 of their id, like API tokens,
-- so the table signs no one in; each carries its anti-forgery (CSRF) token. A session idle for
-- 12 hours is over (WebSession.IDLE_TIMEOUT); sign-out deletes the row.
create table web_session (
    id_hash      varchar(64) primary key,
    user_id      bigint      not null references app_user (id) on delete cascade,
    csrf_token   varchar(64) not null,
    created_at   timestamp with time zone not null,
    last_seen_at timestamp with time zone not null,
    constraint web_session_seen_check check (last_seen_at >= created_at)
);
create index web_session_user_idx on web_session (user_id);
-- Idle sessions are swept by last use (deleteIdleBefore).
create index web_session_last_seen_idx on web_session (last_seen_at);
