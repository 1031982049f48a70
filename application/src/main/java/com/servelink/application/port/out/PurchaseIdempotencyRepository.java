package com.servelink.application.port.out;

import com.servelink.application.port.in.billing.PurchaseAddOnUseCase.PurchaseReceipt;
import com.servelink.domain.team.TeamId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Remembers the first answer to a purchase sent with an {@code Idempotency-Key}, so that a
 * retried or double-clicked purchase returns it instead of creating a second payment.
 */
public interface PurchaseIdempotencyRepository {

    /** The first answer to a key: what was asked (its fingerprint), what was answered, and when. */
    record StoredPurchase(TeamId team, String key, String fingerprint, PurchaseReceipt receipt, Instant createdAt) {
        public StoredPurchase {
            Objects.requireNonNull(team, "team");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(receipt, "receipt");
            Objects.requireNonNull(createdAt, "createdAt");
        }
    }

    /** The stored answer to {@code key} in {@code team}, if it was stored after {@code notBefore}. */
    Optional<StoredPurchase> find(TeamId team, String key, Instant notBefore);

    /**
     * Stores the first answer, replacing an answer to the same key stored before
     * {@code replaceBefore} (expired); a live one for the same team and key is a {@code CONFLICT}.
     */
    void save(StoredPurchase purchase, Instant replaceBefore);
}
