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

import java.util.Objects;

/** An owner or admin buys some units of an add-on; the team pays on the provider's page. */
public interface PurchaseAddOnUseCase {

    /** A checked purchase request; build it from raw input with {@link #of}. */
    record PurchaseAddOnCommand(Actor actor, TeamSlug team, ResourceType resourceType, Quantity quantity) {
        public PurchaseAddOnCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(team, "team");
            Objects.requireNonNull(resourceType, "resourceType");
            Objects.requireNonNull(quantity, "quantity");
        }

        /** Validates every field at once, naming each bad one ({@code resource_type}, {@code quantity}). */
        public static PurchaseAddOnCommand of(Actor actor, TeamSlug team, String resourceType, Integer quantity) {
            FieldChecks checks = new FieldChecks();
            ResourceType type = null;
            Quantity units = null;
            try {
                checks.require(resourceType != null, "resource_type", "is required");
                type = resourceType == null ? null : ResourceType.fromCode(resourceType, "resource_type");
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
            return new PurchaseAddOnCommand(actor, team, type, units);
        }
    }

    /** What the client needs to send the customer to pay. */
    record PurchaseReceipt(PaymentId paymentId, ResourceId resourceId, Money amount, String paymentUrl) {
    }

    PurchaseReceipt purchase(PurchaseAddOnCommand command);
}
