-- API tokens can be listed, revoked and made to expire (decision 108). A token gets a public id
-- (tok_…), the one a listing shows and a revocation names; the hash stays the key the bearer's
-- look-up uses. Tokens issued before get an id made of the first 24 hex digits of their hash:
-- unique, stable, and no help in finding the token (SHA-256 of 256 random bits). A revoked token
-- keeps its row (the listing shows when it was revoked); the look-up skips it.
-- Portable to H2 (PostgreSQL mode) and PostgreSQL.

alter table api_token add column id varchar(80);
update api_token set id = 'tok_' || substr(token_hash, 1, 24);
alter table api_token alter column id set not null;
alter table api_token add constraint api_token_id_unique unique (id);
alter table api_token add column label varchar(100);
alter table api_token add column expires_at timestamp with time zone;
alter table api_token add column revoked_at timestamp with time zone;
