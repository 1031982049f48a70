package com.servelink.application.service.access;

import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.access.AuthenticateUseCase;
import com.servelink.application.port.in.access.SignInUseCase;
import com.servelink.application.port.out.Transactions;
import com.servelink.application.port.out.WebSessionRepository;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.team.UserId;
import com.servelink.domain.team.WebSession;

import java.time.Clock;
import java.time.Instant;

/**
 * Opens a browser session for the holder of a user's or staff member's API token. The
 * operator's token opens none: the pages are for the people of teams and for support. Sessions
 * left idle are swept at each sign-in, so the table holds only live ones.
 */
public final class SignInService implements SignInUseCase {
    private final AuthenticateUseCase authenticate;
    private final WebSessionRepository sessions;
    private final Transactions tx;
    private final Clock clock;

    public SignInService(AuthenticateUseCase authenticate, WebSessionRepository sessions, Transactions tx,
                         Clock clock) {
        this.authenticate = authenticate;
        this.sessions = sessions;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public SignedIn signIn(SignInCommand command) {
        Actor actor = authenticate.authenticate(command.apiToken())
                .orElseThrow(() -> DomainException.invalidField("token", "is not a valid API token"));
        UserId user;
        if (actor instanceof Actor.TeamUser member) {
            user = member.userId();
        } else if (actor instanceof Actor.Staff staff) {
            user = staff.userId();
        } else {
            throw DomainException.invalidField("token",
                    "the admin token does not sign in to the pages; use a user's or a staff member's token");
        }
        Instant now = clock.instant();
        String sessionId = ApiTokens.sessionId();
        String csrf = ApiTokens.csrfToken();
        tx.run(() -> {
            sessions.deleteIdleBefore(WebSession.idleCutoff(now));
            sessions.save(ApiTokens.hash(sessionId), WebSession.start(user, now), csrf);
        });
        return new SignedIn(sessionId, csrf, actor);
    }
}
