-- Issue 16, FAQ drafts (decision 239): a solved ticket goes into one proposed draft at most, even
-- when two runs of propose_faq_drafts overlap (the admin API's run beside the schedule): the
-- second insert fails, its transaction rolls back, and the job counts no draft for it.
create unique index kb_article_source_ticket_once on kb_article_source_ticket (ticket_id);
drop index kb_article_source_ticket_ticket_idx;
