-- Issue 16, the help centre's articles (decisions 220-223). The search vector is kept by a
-- trigger from the title (weight A) and the body (weight B), unaccented, with the French or the
-- English configuration as the article's language says; a GIN index serves the @@ match.
-- unaccent is a trusted extension (PostgreSQL 13+): a database owner may create it. Like pg_trgm
-- in V1_1 it lives in public, and everything here names it with its schema, so the objects work
-- whatever schema the migrations run in.
create extension if not exists unaccent with schema public;

create table kb_article (
    id            varchar(80)     primary key,
    slug          varchar(80)     not null,
    title         varchar(200)    not null,
    body          varchar(100000) not null,
    language      varchar(2)      not null,
    category      varchar(32)     not null,
    status        varchar(16)     not null,
    author        varchar(320)    not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    published_at  timestamp with time zone,
    version       bigint          not null default 0,
    search_vector tsvector        not null,
    constraint kb_article_slug_key unique (slug),
    constraint kb_article_language_check check (language in ('fr', 'en')),
    constraint kb_article_status_check check (status in ('draft', 'published', 'archived')),
    constraint kb_article_category_check
        check (category in ('technical', 'billing', 'feature_request', 'bug_report', 'other'))
);

-- The solved tickets a proposed draft was written from (staff see them, customers never).
create table kb_article_source_ticket (
    article_id varchar(80) not null references kb_article (id) on delete cascade,
    position   integer     not null,
    ticket_id  varchar(80) not null,
    primary key (article_id, position)
);
create index kb_article_source_ticket_ticket_idx on kb_article_source_ticket (ticket_id);

create function kb_article_search_vector() returns trigger language plpgsql as $$
declare
    config regconfig := case new.language when 'en' then 'pg_catalog.english'::regconfig
                                          else 'pg_catalog.french'::regconfig end;
begin
    new.search_vector :=
        setweight(to_tsvector(config, public.unaccent('public.unaccent'::regdictionary, new.title)), 'A')
        || setweight(to_tsvector(config, public.unaccent('public.unaccent'::regdictionary, new.body)), 'B');
    return new;
end
$$;

create trigger kb_article_search_vector_trigger before insert or update of title, body, language on kb_article
    for each row execute function kb_article_search_vector();

create index kb_article_search_idx on kb_article using gin (search_vector);
-- the staff list (newest first) and the published list
create index kb_article_created_idx on kb_article (created_at desc, id desc);
create index kb_article_published_idx on kb_article (status, language, created_at desc, id desc);
