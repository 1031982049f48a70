package com.servelink.application.port.in.access;

import com.servelink.domain.team.UserId;

import java.util.Objects;

/**
 * Who is asking, as the driving adapter authenticated it. Use cases decide from the actor what
 * it may do; adapters never do.
 */
public sealed interface Actor {

    /** A platform user acting for the teams it belongs to. */
    record TeamUser(UserId userId) implements Actor {
        public TeamUser {
            Objects.requireNonNull(userId, "userId");
        }
    }

    /** A support staff member: sees every team's tickets, belongs to none. */
    record Staff(UserId userId, String email) implements Actor {
        public Staff {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(email, "email");
        }
    }

    /** The platform operator, holder of the admin token. */
    record Operator() implements Actor {
    }

    /** A scheduled job or a provider callback: the system acting on its own behalf. */
    record System(String name) implements Actor {
    }
}
