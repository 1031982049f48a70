package com.servelink.application.port.in.admin;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.team.User;

/** The operator registers a user, or a support staff member with {@code support}. */
public interface CreateUserUseCase {

    record CreateUserCommand(Actor actor, String email, String name, boolean support) {
    }

    User create(CreateUserCommand command);
}
