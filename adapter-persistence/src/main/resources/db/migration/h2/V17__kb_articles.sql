-- Issue 16, the help centre's articles (decisions 220-223). H2 has no full-text engine with
-- stemmers: the repository stores the title and the body folded (SearchText: lower case, no
-- accents) and matches light stems (SearchTerms) in them with LIKE, the title ranked above the body.
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
    title_folded  varchar(200)    default '' not null,
    body_folded   varchar(100000) default '' not null,
    constraint kb_article_slug_key unique (slug),
    constraint kb_article_language_check check (language in ('fr', 'en')),
    constraint kb_article_status_check check (status in ('draft', 'published', 'archived')),
    constraint kb_article_category_check
        check (category in ('technical', 'billing', 'feature_request', 'bug_report', 'other'))
);

create table kb_article_source_ticket (
    article_id varchar(80) not null references kb_article (id) on delete cascade,
    position   integer     not null,
    ticket_id  varchar(80) not null,
    primary key (article_id, position)
);
create index kb_article_source_ticket_ticket_idx on kb_article_source_ticket (ticket_id);

create index kb_article_created_idx on kb_article (created_at desc, id desc);
create index kb_article_published_idx on kb_article (status, language, created_at desc, id desc);
