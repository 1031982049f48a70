-- 10,000 teams (half Pro), one owner each with token 'slk_load_<n>', 5 active add-ons per Pro
-- team (with their payments) and 10 tickets per team. Run after the server has migrated the schema.
\set ON_ERROR_STOP on
insert into team (id, slug, name, plan, created_at)
select 'team_load' || g, 'load-' || g, 'Load ' || g, case when g % 2 = 0 then 'pro' else 'free' end, now()
from generate_series(0, 9999) g;
insert into app_user (id, email, email_normalized, name, is_support, created_at)
select 1000 + g, 'load' || g || '@example.com', 'load' || g || '@example.com', 'Load', false, now()
from generate_series(0, 9999) g;
select setval('app_user_id_seq', 20000);
insert into team_membership (team_id, user_id, role, created_at)
select 'team_load' || g, 1000 + g, 'owner', now() from generate_series(0, 9999) g;
insert into api_token (token_hash, id, user_id, created_at)
select encode(sha256(('slk_load_' || g)::bytea), 'hex'), 'tok_load' || g, 1000 + g, now() from generate_series(0, 9999) g;
insert into payment (id, team_id, resource_id, amount, currency, provider, provider_reference, checkout_url,
                     status, created_at, completed_at)
select 'pm_load' || g, 'team_load' || (g % 5000) * 2, 'res_load' || g, 1.00, 'EUR', 'sandbox', 'ref', 'https://x/',
       'completed', now(), now()
from generate_series(0, 24999) g;
insert into additional_resource (id, team_id, resource_type, quantity, unit_price, currency, payment_id, status,
                                 created_at, activated_at, expires_at)
select 'res_load' || g, 'team_load' || (g % 5000) * 2, (array['ram','cpu','traffic','storage'])[1 + g % 4], 1, 1.00,
       'EUR', 'pm_load' || g, 'active', now(), now(), now() + interval '20 days'
from generate_series(0, 24999) g;
insert into support_ticket (id, team_id, user_id, subject, description, priority, priority_rank, status, category,
                            created_at, updated_at, first_response_due_at, search_text)
select 'ticket_load' || g, 'team_load' || (g % 10000), 1000 + (g % 10000), 'Sujet ' || g, 'Description ' || g,
       'normal', 1, (array['open','in_progress','waiting'])[1 + g % 3], 'technical', now(), now(),
       now() + interval '24 hours', 'sujet ' || g || ' description ' || g
from generate_series(0, 99999) g;
vacuum analyze;
