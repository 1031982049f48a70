package com.servelink.domain.kb.faq;

import com.servelink.domain.catalog.Language;
import com.servelink.domain.support.TicketCategory;
import com.servelink.domain.support.TicketId;

import java.util.List;

/** A draft article the FAQ job proposes: what it says, and the solved tickets it comes from. */
public record FaqDraft(String title, String body, Language language, TicketCategory category,
                       List<TicketId> tickets) {
    public FaqDraft {
        tickets = List.copyOf(tickets);
    }
}
