package com.servelink.application.billing;

import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.billing.PurchaseAddOnUseCase.PurchaseAddOnCommand;
import com.servelink.application.port.in.billing.PurchaseAddOnUseCase.PurchaseReceipt;
import com.servelink.application.port.out.AdditionalResourceRepository;
import com.servelink.application.port.out.EventPublisher;
import com.servelink.application.port.out.IdSource;
import com.servelink.application.port.out.PaymentGateway;
import com.servelink.application.port.out.PaymentRepository;
import com.servelink.application.port.out.PurchaseIdempotencyRepository;
import com.servelink.application.port.out.Transactions;
import com.servelink.application.service.billing.PurchaseAddOnService;
import com.servelink.application.testing.TestCore;
import com.servelink.domain.billing.AddOnEvent;
import com.servelink.domain.billing.PaymentStatus;
import com.servelink.domain.billing.ResourceStatus;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.Money;
import com.servelink.domain.team.TeamSlug;
import com.servelink.domain.team.UserId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.servelink.application.testing.Refusals.refused;
import static com.servelink.application.testing.Refusals.refusedFields;
import static com.servelink.application.testing.TestCore.ACME;
import static com.servelink.application.testing.TestCore.TINY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

class PurchaseAddOnServiceTest {
    private final TestCore core = new TestCore();

    private PurchaseReceipt buy(Actor actor, TeamSlug team, String type, Integer quantity) {
        return core.purchase.purchase(PurchaseAddOnCommand.of(actor, team, type, quantity));
    }

    @Test
    void the_server_prices_the_purchase_and_stores_a_pending_payment_and_resource() {
        PurchaseReceipt receipt = buy(core.owner, ACME, "ram", 2);

        assertThat(receipt.amount()).isEqualTo(Money.eur("2.00"));
        assertThat(receipt.paymentUrl()).isEqualTo("https://pay.example.test/" + receipt.paymentId());
        var payment = core.payments.findById(receipt.paymentId()).orElseThrow();
        assertThat(payment.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(payment.amount()).isEqualTo(Money.eur("2.00"));
        assertThat(payment.resourceId()).isEqualTo(receipt.resourceId());
        var resource = core.resources.findById(receipt.resourceId()).orElseThrow();
        assertThat(resource.status()).isEqualTo(ResourceStatus.PENDING);
        assertThat(resource.unitPrice()).isEqualTo(Money.eur("1.00"));
        assertThat(resource.quantity().value()).isEqualTo(2);
        assertThat(core.gateway.requests()).singleElement()
                .satisfies(request -> assertThat(request.amount()).isEqualTo(Money.eur("2.00")));
        assertThat(core.events.eventsOf(AddOnEvent.Purchased.class)).hasSize(1);
    }

    @Test
    void a_pending_resource_does_not_count_in_the_limits() {
        var before = core.limitsOf(core.owner, ACME);
        buy(core.owner, ACME, "cpu", 3);
        assertThat(core.limitsOf(core.owner, ACME)).isEqualTo(before);
    }

    @Test
    void an_admin_may_purchase_too() {
        assertThat(buy(core.admin, ACME, "cpu", 1).amount()).isEqualTo(Money.eur("2.00"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 50, 100})
    void quantities_from_1_to_100_are_accepted(int quantity) {
        assertThat(buy(core.owner, ACME, "traffic", quantity).amount()).isEqualTo(Money.eur("1.00").times(quantity));
    }

    @Nested
    class Refusals_write_nothing {
        private final PaymentGateway gateway = mock(PaymentGateway.class);
        private final AdditionalResourceRepository resources = mock(AdditionalResourceRepository.class);
        private final PaymentRepository payments = mock(PaymentRepository.class);
        private final Transactions transactions = mock(Transactions.class);
        private final IdSource ids = mock(IdSource.class);
        private final EventPublisher events = mock(EventPublisher.class);
        private final PurchaseIdempotencyRepository idempotency = mock(PurchaseIdempotencyRepository.class);
        private final PurchaseAddOnService service = new PurchaseAddOnService(core.access, core.catalog, gateway,
                resources, payments, transactions, ids, core.clock, events, idempotency);

        private void assertNothingWritten() {
            verifyNoInteractions(gateway, resources, payments, transactions, ids, events, idempotency);
        }

        @Test
        void a_plain_member_is_forbidden() {
            refused(() -> service.purchase(PurchaseAddOnCommand.of(core.member, ACME, "ram", 1)), ErrorCode.FORBIDDEN);
            assertNothingWritten();
        }

        @Test
        void a_team_on_a_plan_without_add_ons_is_told_which_plan_it_needs() {
            var refusal = refused(() -> service.purchase(PurchaseAddOnCommand.of(core.freeOwner, TINY, "ram", 1)),
                    ErrorCode.PLAN_REQUIRED);
            assertThat(refusal.getMessage()).contains("pro");
            assertNothingWritten();
        }

        @Test
        void a_non_member_sees_the_team_as_missing() {
            refused(() -> service.purchase(PurchaseAddOnCommand.of(core.rivalOwner, ACME, "ram", 1)),
                    ErrorCode.NOT_FOUND);
            refused(() -> service.purchase(PurchaseAddOnCommand.of(new Actor.TeamUser(new UserId(99)),
                    new TeamSlug("nowhere"), "ram", 1)), ErrorCode.NOT_FOUND);
            assertNothingWritten();
        }

        @Test
        void staff_and_operator_are_not_members_of_teams() {
            refused(() -> service.purchase(PurchaseAddOnCommand.of(core.staff, ACME, "ram", 1)), ErrorCode.NOT_FOUND);
            refused(() -> service.purchase(PurchaseAddOnCommand.of(core.operator, ACME, "ram", 1)),
                    ErrorCode.NOT_FOUND);
            assertNothingWritten();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 101, 1000})
    void a_quantity_outside_1_to_100_is_refused_naming_the_field(int quantity) {
        var refusal = refusedFields(() -> PurchaseAddOnCommand.of(core.owner, ACME, "ram", quantity), "quantity");
        assertThat(refusal.fieldErrors().get(0).message()).contains("1").contains("100");
    }

    @Test
    void missing_or_unknown_fields_are_all_named_at_once() {
        refusedFields(() -> PurchaseAddOnCommand.of(core.owner, ACME, "gpu", 0), "resourceType", "quantity");
        refusedFields(() -> PurchaseAddOnCommand.of(core.owner, ACME, null, null), "resourceType", "quantity");
        refusedFields(() -> PurchaseAddOnCommand.of(core.owner, ACME, "RAM", 1), "resourceType");
    }

    @Nested
    class Idempotency_keys {
        private PurchaseReceipt buyWithKey(String type, int quantity, String key) {
            return core.purchase.purchase(PurchaseAddOnCommand.of(core.owner, ACME, type, quantity,
                    java.util.Optional.of(key)));
        }

        @Test
        void the_same_key_and_body_return_the_first_answer_and_create_nothing() {
            PurchaseReceipt first = buyWithKey("ram", 2, "click-1");
            core.clock.advance(java.time.Duration.ofHours(23));
            PurchaseReceipt again = buyWithKey("ram", 2, "click-1");

            assertThat(again).isEqualTo(first);
            assertThat(core.gateway.requests()).hasSize(1);
            assertThat(core.resourcesOf(core.owner, ACME).resources()).hasSize(1);
        }

        @Test
        void the_same_key_with_another_body_is_refused_naming_the_header() {
            buyWithKey("ram", 2, "click-1");
            refusedFields(() -> buyWithKey("ram", 3, "click-1"), "Idempotency-Key");
            assertThat(core.resourcesOf(core.owner, ACME).resources()).hasSize(1);
        }

        @Test
        void a_key_is_forgotten_after_24_hours_and_keys_are_per_team() {
            PurchaseReceipt first = buyWithKey("ram", 2, "click-1");
            core.clock.advance(java.time.Duration.ofHours(24).plusSeconds(1));
            assertThat(buyWithKey("ram", 2, "click-1").paymentId()).isNotEqualTo(first.paymentId());
            assertThat(core.gateway.requests()).hasSize(2);
        }

        @Test
        void a_malformed_key_is_refused() {
            refusedFields(() -> PurchaseAddOnCommand.of(core.owner, ACME, "ram", 1, java.util.Optional.of("é")),
                    "Idempotency-Key");
            refusedFields(() -> PurchaseAddOnCommand.of(core.owner, ACME, "ram", 1,
                    java.util.Optional.of("x".repeat(256))), "Idempotency-Key");
        }
    }

    @Test
    void when_the_provider_is_down_nothing_is_stored() {
        core.gateway.goDown();
        refused(() -> buy(core.owner, ACME, "ram", 1), ErrorCode.PROVIDER_UNAVAILABLE);
        assertThat(core.resourcesOf(core.owner, ACME).resources()).isEmpty();
        assertThat(core.events.events()).isEmpty();
    }
}
