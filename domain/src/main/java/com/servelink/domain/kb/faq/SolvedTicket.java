package com.servelink.domain.kb.faq;

import com.servelink.domain.support.TicketCategory;
import com.servelink.domain.support.TicketId;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the FAQ job reads of a resolved ticket: the customer's question and the public support
 * replies, oldest first. Internal notes are not part of it, so they cannot reach a draft.
 */
public record SolvedTicket(TicketId id, TicketCategory category, String subject, String description,
                           List<String> supportReplies, Instant resolvedAt) {
    public SolvedTicket {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(description, "description");
        supportReplies = List.copyOf(supportReplies);
        Objects.requireNonNull(resolvedAt, "resolvedAt");
    }

    /**
     * The words the grouping compares, of the subject and the description alike (weighing the
     * subject twice split topics that customers title differently: decision 236).
     */
    public List<String> terms() {
        return Terms.of(PersonalData.scrub(subject) + "\n" + PersonalData.scrub(description));
    }
}
