package com.servelink.application.port.in.kb;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.shared.FieldChecks;
import com.servelink.domain.support.Ticket;

import java.util.List;
import java.util.Objects;

/**
 * The articles shown beside a ticket being written: the {@value #LIMIT} published articles most
 * relevant to any word of its subject and description (the first {@value #DESCRIPTION_USED}
 * characters of it), in either language. Nothing to suggest when both are blank.
 */
public interface SuggestArticlesUseCase {
    int LIMIT = 5;
    int DESCRIPTION_USED = 1000;

    record SuggestArticlesQuery(Actor actor, String subject, String description) {
        public SuggestArticlesQuery {
            Objects.requireNonNull(actor, "actor");
            subject = subject == null ? "" : subject;
            description = description == null ? "" : description;
            FieldChecks checks = new FieldChecks();
            if (!subject.isBlank()) {
                checks.text(subject, "subject", 1, Ticket.SUBJECT_MAX);
            }
            if (!description.isBlank()) {
                checks.text(description, "description", 1, Ticket.DESCRIPTION_MAX);
            }
            checks.throwIfAny();
        }
    }

    List<ArticleHit> suggest(SuggestArticlesQuery query);
}
