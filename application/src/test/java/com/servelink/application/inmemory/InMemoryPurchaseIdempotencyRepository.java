package com.servelink.application.inmemory;

import com.servelink.application.port.out.PurchaseIdempotencyRepository;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.team.TeamId;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Idempotency keys in a map, per team. */
public final class InMemoryPurchaseIdempotencyRepository implements PurchaseIdempotencyRepository {
    private record Key(TeamId team, String key) {
    }

    private final Map<Key, StoredPurchase> purchases = new HashMap<>();

    @Override
    public synchronized Optional<StoredPurchase> find(TeamId team, String key, Instant notBefore) {
        return Optional.ofNullable(purchases.get(new Key(team, key)))
                .filter(stored -> !stored.createdAt().isBefore(notBefore));
    }

    @Override
    public synchronized void save(StoredPurchase purchase, Instant replaceBefore) {
        Key key = new Key(purchase.team(), purchase.key());
        StoredPurchase existing = purchases.get(key);
        if (existing != null && !existing.createdAt().isBefore(replaceBefore)) {
            throw new DomainException(ErrorCode.CONFLICT, "idempotency key " + purchase.key() + " is already used");
        }
        purchases.put(key, purchase);
    }
}
