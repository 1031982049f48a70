-- Issue 16, search and suggestions under 10 ms over 10,000 articles (decision 275). ts_rank over
-- every article that matches recomputes each match's search vector (decompressing it twice, for
-- the recheck and for the rank), so the time grew with the matches, not with the 20 shown.
-- kb_article_term keeps, for each published article and each lexeme of its search vector, the
-- lexeme's rank in that article ("impact"): ts_rank of the one-lexeme query, the same formula as
-- PostgreSQL's calc_rank_or with the default weights {D 0.1, C 0.2, B 0.4, A 1.0}. For a query of
-- several words ts_rank of their OR is the mean of those impacts, so a search sums impacts read
-- from one index in rank order: an index-only scan of each word's postings, no vector decoded.
-- The table is PostgreSQL's only; H2 keeps its LIKE search (decision 221).

create function kb_term_impact(weights text[]) returns real language sql immutable parallel safe as $$
    with w as (select j - 1 as j,
                      case x when 'A' then 1.0 when 'B' then 0.4 when 'C' then 0.2 else 0.1 end as v
               from unnest(weights) with ordinality as u(x, j)),
         m as (select v as wjm, j as jm from w order by v desc, j limit 1)
    select ((m.wjm + (select sum(v / ((j + 1) * (j + 1))) from w) - m.wjm / ((m.jm + 1) * (m.jm + 1)))
            / 1.64493406685)::real
    from m
$$;

create table kb_article_term (
    article_id   varchar(80) not null references kb_article (id) on delete cascade,
    language     varchar(2)  not null,
    lexeme       text        not null,
    impact       real        not null,
    published_at timestamp with time zone not null,
    -- a suggestion scores its candidates' words again by this key, index-only
    constraint kb_article_term_pkey primary key (article_id, lexeme) include (impact, published_at)
);
-- each word's postings strongest first, with the list's tie-break (newest, then id): index-only
create index kb_article_term_rank_idx on kb_article_term (language, lexeme, impact desc, published_at desc, article_id);

-- Kept in the article's own transaction: a published article has exactly its vector's postings,
-- any other status none. An update that changes none of vector, status, language or publication
-- day (a version bump, a category) leaves them alone.
create function kb_article_terms() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.search_vector = new.search_vector and old.status = new.status
            and old.language = new.language and old.published_at is not distinct from new.published_at then
        return null;
    end if;
    if tg_op = 'UPDATE' then
        delete from kb_article_term where article_id = old.id;
    end if;
    if new.status = 'published' then
        insert into kb_article_term (article_id, language, lexeme, impact, published_at)
        select new.id, new.language, u.lexeme, kb_term_impact(u.weights), coalesce(new.published_at, new.created_at)
        from unnest(new.search_vector) u;
    end if;
    return null;
end
$$;

create trigger kb_article_terms_trigger after insert or update on kb_article
    for each row execute function kb_article_terms();

insert into kb_article_term (article_id, language, lexeme, impact, published_at)
select a.id, a.language, u.lexeme, kb_term_impact(u.weights), coalesce(a.published_at, a.created_at)
from kb_article a, unnest(a.search_vector) u
where a.status = 'published';
