-- Issue 18: a team's billing profile, the buyer its invoices print (decision 245). Replaced as a
-- whole by its owners and admins; an issued invoice keeps its own copy of the buyer.
-- Portable to H2 and PostgreSQL.
create table team_billing_profile (
    team_id      varchar(80)  primary key references team (id),
    billing_name varchar(200) not null,
    address      varchar(500) not null,
    country      varchar(2)   not null,
    vat_id       varchar(16),
    updated_at   timestamp with time zone not null
);
