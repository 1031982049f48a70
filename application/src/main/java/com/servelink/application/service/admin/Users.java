package com.servelink.application.service.admin;

import com.servelink.application.port.out.UserRepository;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.team.UserId;

/** The operator's use cases name users by number: one that cannot exist or does not is "not found". */
final class Users {
    private Users() {
    }

    static UserId require(UserRepository users, long id) {
        if (id <= 0) {
            throw DomainException.notFound("user " + id);
        }
        UserId user = new UserId(id);
        users.findById(user).orElseThrow(() -> DomainException.notFound("user " + id));
        return user;
    }
}
