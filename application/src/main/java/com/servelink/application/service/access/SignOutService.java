package com.servelink.application.service.access;

import com.servelink.application.port.in.access.SignOutUseCase;
import com.servelink.application.port.out.WebSessionRepository;

/** Revokes a session by deleting it: nothing is left that its cookie could open. */
public final class SignOutService implements SignOutUseCase {
    private final WebSessionRepository sessions;

    public SignOutService(WebSessionRepository sessions) {
        this.sessions = sessions;
    }

    @Override
    public void signOut(String sessionId) {
        if (sessionId != null && !sessionId.isEmpty() && sessionId.length() <= 100) {
            sessions.delete(ApiTokens.hash(sessionId));
        }
    }
}
