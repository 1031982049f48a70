package com.servelink.application.port.in.access;

import com.servelink.domain.shared.FieldChecks;

/** A user or staff member trades an API token for a browser session. */
public interface SignInUseCase {

    /** The token as typed into the sign-in form. */
    record SignInCommand(String apiToken) {
        public SignInCommand {
            apiToken = apiToken == null ? null : apiToken.strip();
            new FieldChecks().text(apiToken, "token", 1, 200).throwIfAny();
        }
    }

    /**
     * A new session: its secret id (for the cookie, never stored as such), its anti-forgery token
     * and who it signs in.
     */
    record SignedIn(String sessionId, String csrfToken, Actor actor) {
    }

    SignedIn signIn(SignInCommand command);
}
