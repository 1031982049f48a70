package com.servelink.application.port.out;

import com.servelink.domain.team.User;
import com.servelink.domain.team.UserId;

import java.util.Optional;

/** Stores users, staff included. */
public interface UserRepository {
    Optional<User> findById(UserId id);

    /** A fresh numeric id for a user about to be created. */
    UserId nextUserId();

    /** Inserts or updates; a second user with the same e-mail is a {@code CONFLICT}. */
    void save(User user);
}
