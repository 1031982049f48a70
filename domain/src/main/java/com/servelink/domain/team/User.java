package com.servelink.domain.team;

import com.servelink.domain.shared.FieldChecks;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A person who uses the platform. Support staff are users with the staff flag: they belong to
 * no team and work through the staff routes.
 */
public record User(UserId id, String email, String name, boolean support) {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public User {
        Objects.requireNonNull(id, "id");
        FieldChecks checks = new FieldChecks()
                .text(email, "email", 3, 254)
                .text(name, "name", 1, 100);
        if (email != null && !EMAIL.matcher(email).matches()) {
            checks.require(false, "email", "must be an e-mail address");
        }
        checks.throwIfAny();
    }
}
