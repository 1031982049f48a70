package com.servelink.domain.kb;

import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.TransitionTable;

import java.util.Locale;
import java.util.Optional;

import static com.servelink.domain.kb.ArticleStatus.Move.ARCHIVE;
import static com.servelink.domain.kb.ArticleStatus.Move.EDIT;
import static com.servelink.domain.kb.ArticleStatus.Move.PUBLISH;
import static com.servelink.domain.kb.ArticleStatus.Move.UNPUBLISH;

/**
 * Where an article is in its life. Only a published article is shown to customers; an archived
 * one is kept (links to it still resolve for staff) and can be published again.
 */
public enum ArticleStatus {
    DRAFT, PUBLISHED, ARCHIVED;

    /** What staff (or the FAQ job, which only ever writes drafts) do to an article. */
    public enum Move {
        EDIT, PUBLISH, UNPUBLISH, ARCHIVE
    }

    private static final TransitionTable<Move, ArticleStatus> TABLE = new TransitionTable<>(Move.class, ArticleStatus.class)
            //   move        draft      published  archived
            .row(EDIT,       DRAFT,     PUBLISHED, null)
            .row(PUBLISH,    PUBLISHED, null,      PUBLISHED)
            .row(UNPUBLISH,  null,      DRAFT,     DRAFT)
            .row(ARCHIVE,    ARCHIVED,  ARCHIVED,  null);

    /** The status after {@code move}, or empty when the table refuses it in this status. */
    public Optional<ArticleStatus> after(Move move) {
        return TABLE.after(this, move);
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ArticleStatus fromCode(String code, String field) {
        for (ArticleStatus status : values()) {
            if (status.code().equals(code)) {
                return status;
            }
        }
        throw DomainException.invalidField(field, "must be one of draft, published, archived");
    }
}
