-- Every node asks every 2 s for the tokens revoked lately, to forget them (issue 17, decision 211).
create index api_token_revoked_idx on api_token (revoked_at);
