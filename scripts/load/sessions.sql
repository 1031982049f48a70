-- Signed-in browsers for the page measurements (after seed.sql): one session per load team's
-- owner ('sls_load_<n>') and one staff member ('sls_load_staff'); the cookie is the id, stored hashed.
\set ON_ERROR_STOP on
insert into app_user (id, email, email_normalized, name, is_support, created_at)
values (999, 'staff@example.com', 'staff@example.com', 'Staff', true, now());
insert into web_session (id_hash, user_id, csrf_token, created_at, last_seen_at)
select encode(sha256(('sls_load_' || g)::bytea), 'hex'), 1000 + g, md5(g::text), now(), now()
from generate_series(0, 9999) g;
insert into web_session (id_hash, user_id, csrf_token, created_at, last_seen_at)
values (encode(sha256('sls_load_staff'::bytea), 'hex'), 999, md5('staff'), now(), now());
vacuum analyze;
