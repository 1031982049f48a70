package com.servelink.application.inmemory;

import com.servelink.application.port.out.ApiTokenRepository;
import com.servelink.application.port.out.UserRepository;
import com.servelink.domain.team.ApiToken;
import com.servelink.domain.team.ApiTokenId;
import com.servelink.domain.team.UserId;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Tokens by hash in a map, resolving users through the user repository. */
public final class InMemoryApiTokenRepository implements ApiTokenRepository {
    private final UserRepository users;
    private final Map<String, ApiToken> byHash = new LinkedHashMap<>();

    public InMemoryApiTokenRepository(UserRepository users) {
        this.users = users;
    }

    @Override
    public synchronized void save(String tokenHash, ApiToken token) {
        if (byHash.containsKey(tokenHash) || byHash.values().stream().anyMatch(t -> t.id().equals(token.id()))) {
            throw new IllegalStateException("duplicate token " + token.id());
        }
        byHash.put(tokenHash, token);
    }

    @Override
    public synchronized Optional<Holder> findByHash(String tokenHash) {
        return Optional.ofNullable(byHash.get(tokenHash))
                .filter(token -> token.revokedAt().isEmpty())
                .flatMap(token -> users.findById(token.userId()).map(user -> new Holder(token, user)));
    }

    @Override
    public synchronized List<ApiToken> findByUser(UserId user) {
        return byHash.values().stream().filter(token -> token.userId().equals(user))
                .sorted(Comparator.comparing(ApiToken::createdAt).reversed()
                        .thenComparing(token -> token.id().value()))
                .toList();
    }

    @Override
    public synchronized List<String> revokedSince(Instant since) {
        return byHash.entrySet().stream()
                .filter(entry -> entry.getValue().revokedAt().map(at -> !at.isBefore(since)).orElse(false))
                .map(Map.Entry::getKey)
                .toList();
    }

    @Override
    public synchronized Optional<String> revoke(UserId user, ApiTokenId id, Instant now) {
        for (Map.Entry<String, ApiToken> entry : byHash.entrySet()) {
            ApiToken token = entry.getValue();
            if (token.id().equals(id) && token.userId().equals(user)) {
                entry.setValue(token.revoke(now));
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }

    @Override
    public synchronized void recordUses(Map<ApiTokenId, Instant> lastUses) {
        byHash.replaceAll((hash, token) -> {
            Instant use = lastUses.get(token.id());
            Instant cutoff = use == null ? null : ApiToken.touchCutoff(use);
            return use != null && token.lastUsedAt().map(last -> !last.isAfter(cutoff)).orElse(true)
                    ? new ApiToken(token.id(), token.userId(), token.label(), token.createdAt(), token.expiresAt(),
                            Optional.of(use), token.revokedAt())
                    : token;
        });
    }
}
