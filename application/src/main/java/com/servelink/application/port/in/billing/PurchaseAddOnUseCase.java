package com.servelink.application.port.in.billing;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.billing.PaymentId;
import com.servelink.domain.billing.Quantity;
import com.servelink.domain.billing.ResourceId;
import com.servelink.domain.catalog.ResourceType;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.FieldChecks;
import com.servelink.domain.shared.Money;
import com.servelink.domain.team.TeamSlug;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** An owner or admin buys some units of an add-on; the team pays on the provider's page. */
public interface PurchaseAddOnUseCase {

    /** How long an {@code Idempotency-Key} is remembered. */
    Duration IDEMPOTENCY_WINDOW = Duration.ofHours(24);

    /**
     * A checked purchase request; build it from raw input with {@link #of}. With an
     * idempotency key, the same key and the same request within 24 hours return the first answer.
     */
    record PurchaseAddOnCommand(Actor actor, TeamSlug team, ResourceType resourceType, Quantity quantity,
                                Optional<String> idempotencyKey) {
        public PurchaseAddOnCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(team, "team");
            Objects.requireNonNull(resourceType, "resourceType");
            Objects.requireNonNull(quantity, "quantity");
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
            IdempotencyKeys.requireWellFormed(idempotencyKey);
        }

        /** What makes two requests "the same body". */
        public String fingerprint() {
            return resourceType.code() + ":" + quantity.value();
        }

        public static PurchaseAddOnCommand of(Actor actor, TeamSlug team, String resourceType, Integer quantity) {
            return of(actor, team, resourceType, quantity, Optional.empty());
        }

        /** Validates every field at once, naming each bad one ({@code resource_type}, {@code quantity}). */
        public static PurchaseAddOnCommand of(Actor actor, TeamSlug team, String resourceType, Integer quantity,
                                              Optional<String> idempotencyKey) {
            FieldChecks checks = new FieldChecks();
            ResourceType type = null;
            Quantity units = null;
            try {
                checks.require(resourceType != null, "resourceType", "is required");
                type = resourceType == null ? null : ResourceType.fromCode(resourceType, "resourceType");
            } catch (DomainException e) {
                e.fieldErrors().forEach(checks::add);
            }
            try {
                checks.require(quantity != null, "quantity", "is required");
                units = quantity == null ? null : new Quantity(quantity);
            } catch (DomainException e) {
                e.fieldErrors().forEach(checks::add);
            }
            checks.throwIfAny();
            return new PurchaseAddOnCommand(actor, team, type, units, idempotencyKey);
        }
    }

    /** What the client needs to send the customer to pay. */
    record PurchaseReceipt(PaymentId paymentId, ResourceId resourceId, Money amount, String paymentUrl) {
    }

    PurchaseReceipt purchase(PurchaseAddOnCommand command);
}
