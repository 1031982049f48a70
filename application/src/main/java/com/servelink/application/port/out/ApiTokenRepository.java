package com.servelink.application.port.out;

import com.servelink.domain.team.User;
import com.servelink.domain.team.UserId;

import java.time.Instant;
import java.util.Optional;

/** Bearer tokens, stored only as hashes: a stolen table does not give access. */
public interface ApiTokenRepository {
    void save(String tokenHash, UserId user, Instant now);

    /** The user a token hash belongs to. */
    Optional<User> findUserByTokenHash(String tokenHash);
}
