package com.servelink.application.port.in.kb;

import java.time.Duration;

/**
 * The weekly job {@code propose_faq_drafts}: groups the tickets resolved in the last
 * {@link #WINDOW} by similarity and writes a draft article for each group of three or more that
 * no article covers yet. Drafts are never published by the job: staff read, edit and publish them.
 */
public interface ProposeFaqDraftsUseCase {
    Duration WINDOW = Duration.ofDays(90);

    /** Returns how many drafts this run wrote (zero when run again on the same tickets). */
    int proposeDrafts();
}
