package com.servelink.application.service.kb;

import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.out.ArticleRepository;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.kb.Article;
import com.servelink.domain.kb.ArticleId;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;

/** Who may read the help centre (anyone signed in: a platform user or staff) and the staff's article lookup. */
final class KbAccess {
    private KbAccess() {
    }

    /** Whether the caller is staff; refuses callers who are not signed in as a user (the operator, the system). */
    static boolean requireReader(Actor actor) {
        if (actor instanceof Actor.Staff) {
            return true;
        }
        if (actor instanceof Actor.TeamUser) {
            return false;
        }
        throw new DomainException(ErrorCode.FORBIDDEN, "the help centre is read by signed-in users");
    }

    static Article requireArticle(ArticleRepository articles, Actor actor, ArticleId id) {
        TeamAccess.requireStaff(actor);
        return articles.findById(id).orElseThrow(() -> DomainException.notFound("article " + id));
    }
}
