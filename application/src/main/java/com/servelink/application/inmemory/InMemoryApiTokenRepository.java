package com.servelink.application.inmemory;

import com.servelink.application.port.out.ApiTokenRepository;
import com.servelink.application.port.out.UserRepository;
import com.servelink.domain.team.User;
import com.servelink.domain.team.UserId;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Token hashes in a map, resolving users through the user repository. */
public final class InMemoryApiTokenRepository implements ApiTokenRepository {
    private final UserRepository users;
    private final Map<String, UserId> owners = new HashMap<>();

    public InMemoryApiTokenRepository(UserRepository users) {
        this.users = users;
    }

    @Override
    public synchronized void save(String tokenHash, UserId user, Instant now) {
        owners.put(tokenHash, user);
    }

    @Override
    public synchronized Optional<User> findUserByTokenHash(String tokenHash) {
        return Optional.ofNullable(owners.get(tokenHash)).flatMap(users::findById);
    }
}
