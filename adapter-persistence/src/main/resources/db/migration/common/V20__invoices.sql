-- Issue 18, invoices and credit notes (decisions 240-244). Nothing here is ever updated or
-- deleted by the application: an issued document is corrected by a credit note, not changed.
-- document_sequence holds the last number of each kind and year (issue_year: YEAR is reserved in H2); the row is locked by the
-- transaction that issues a document (SELECT … FOR UPDATE), so concurrent issues wait in turn
-- and a rolled-back issue gives its number back: committed numbers have no gap.
-- Portable to H2 and PostgreSQL.

create table document_sequence (
    kind       varchar(16) not null,
    issue_year integer     not null,
    last_value bigint      not null,
    constraint document_sequence_pkey primary key (kind, issue_year),
    constraint document_sequence_kind_check check (kind in ('invoice', 'credit_note')),
    constraint document_sequence_last_value_check check (last_value >= 0)
);

create table invoice (
    number         varchar(20)    primary key,
    issue_year     integer        not null,
    sequence       bigint         not null,
    team_id        varchar(80)    not null references team (id),
    payment_id     varchar(80)    not null references payment (id),
    issue_date     date           not null,
    seller_name    varchar(200)   not null,
    seller_address varchar(500)   not null,
    seller_country varchar(2)     not null,
    seller_vat_id  varchar(16),
    buyer_name     varchar(200)   not null,
    buyer_address  varchar(500)   not null,
    buyer_country  varchar(2)     not null,
    buyer_vat_id   varchar(16),
    vat_treatment  varchar(16)    not null,
    vat_rate       numeric(5, 2)  not null,
    vat_country    varchar(2)     not null,
    currency       varchar(3)     not null,
    net            numeric(17, 2) not null,
    vat_amount     numeric(17, 2) not null,
    gross          numeric(17, 2) not null,
    constraint invoice_payment_unique unique (payment_id),
    constraint invoice_sequence_unique unique (issue_year, sequence),
    constraint invoice_vat_treatment_check check (vat_treatment in ('standard', 'reverse_charge', 'outside_eu')),
    constraint invoice_totals_check check (gross = net + vat_amount)
);
create index invoice_team_idx on invoice (team_id, issue_year desc, sequence desc);

create table invoice_line (
    invoice_number varchar(20)    not null references invoice (number),
    position       integer        not null,
    description    varchar(300)   not null,
    quantity       integer        not null,
    unit_price     numeric(17, 2) not null,
    period_start   date           not null,
    period_end     date           not null,
    net            numeric(17, 2) not null,
    vat_amount     numeric(17, 2) not null,
    gross          numeric(17, 2) not null,
    constraint invoice_line_pkey primary key (invoice_number, position),
    constraint invoice_line_quantity_check check (quantity > 0)
);

create table credit_note (
    number         varchar(20)    primary key,
    issue_year     integer        not null,
    sequence       bigint         not null,
    invoice_number varchar(20)    not null references invoice (number),
    issue_date     date           not null,
    reason         varchar(500)   not null,
    vat_treatment  varchar(16)    not null,
    vat_rate       numeric(5, 2)  not null,
    vat_country    varchar(2)     not null,
    currency       varchar(3)     not null,
    net            numeric(17, 2) not null,
    vat_amount     numeric(17, 2) not null,
    gross          numeric(17, 2) not null,
    constraint credit_note_sequence_unique unique (issue_year, sequence),
    constraint credit_note_totals_check check (gross = net + vat_amount and gross > 0)
);
create index credit_note_invoice_idx on credit_note (invoice_number);
