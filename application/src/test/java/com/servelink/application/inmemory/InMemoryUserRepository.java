package com.servelink.application.inmemory;

import com.servelink.application.port.out.UserRepository;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.team.User;
import com.servelink.domain.team.UserId;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Users in a map, numbered from 1. */
public final class InMemoryUserRepository implements UserRepository {
    private final Map<UserId, User> users = new LinkedHashMap<>();
    private long lastId;

    @Override
    public synchronized Optional<User> findById(UserId id) {
        return Optional.ofNullable(users.get(id));
    }

    @Override
    public synchronized UserId nextUserId() {
        return new UserId(++lastId);
    }

    @Override
    public synchronized void save(User user) {
        String email = user.email().toLowerCase(Locale.ROOT);
        boolean emailTaken = users.values().stream()
                .anyMatch(u -> u.email().toLowerCase(Locale.ROOT).equals(email) && !u.id().equals(user.id()));
        if (emailTaken) {
            throw new DomainException(ErrorCode.CONFLICT, "a user with e-mail " + user.email() + " already exists");
        }
        users.put(user.id(), user);
        lastId = Math.max(lastId, user.id().value());
    }

    /** Every user, in the order they were added. */
    public synchronized List<User> all() {
        return List.copyOf(users.values());
    }
}
