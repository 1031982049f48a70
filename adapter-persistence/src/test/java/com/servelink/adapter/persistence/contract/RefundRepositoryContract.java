package com.servelink.adapter.persistence.contract;

import com.servelink.domain.billing.CheckoutSession;
import com.servelink.domain.billing.Payment;
import com.servelink.domain.billing.PaymentId;
import com.servelink.domain.billing.Refund;
import com.servelink.domain.billing.RefundId;
import com.servelink.domain.billing.ResourceId;
import com.servelink.domain.catalog.PlanId;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.Money;
import com.servelink.domain.team.Team;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract of the refund store: read back whole, in order, one per position and per key. */
abstract class RefundRepositoryContract extends ContractBase {

    private PaymentId payment() {
        Team team = newTeam(PlanId.PRO);
        PaymentId id = PaymentId.fromOpaque(unique());
        Payment payment = Payment.start(id, team.id(), ResourceId.fromOpaque(unique()), Money.eur("30.00"), "sandbox",
                new CheckoutSession("ref_" + id, "https://pay.example/" + id), T0);
        fixture.transactions().run(() -> fixture.payments().save(payment));
        return id;
    }

    private static Refund asked(PaymentId payment, int position, String amount, String key) {
        return Refund.reconstitute(RefundId.fromOpaque(unique()), payment, position, Money.eur(amount),
                "the customer left", "support@servelink.com", Refund.Origin.STAFF, key, T0.plusSeconds(position),
                Refund.Status.PENDING, null, null, null);
    }

    @Test
    void a_refund_reads_back_whole_and_its_answer_is_kept() {
        PaymentId payment = payment();
        Refund refund = asked(payment, 1, "12.34", "key-1");
        fixture.refunds().add(refund);

        Refund stored = fixture.refunds().findByKey(payment, "key-1").orElseThrow();
        assertThat(stored.id()).isEqualTo(refund.id());
        assertThat(stored.amount()).isEqualTo(Money.eur("12.34"));
        assertThat(stored.reason()).isEqualTo("the customer left");
        assertThat(stored.requestedBy()).isEqualTo("support@servelink.com");
        assertThat(stored.origin()).isEqualTo(Refund.Origin.STAFF);
        assertThat(stored.createdAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(stored.status()).isEqualTo(Refund.Status.PENDING);
        assertThat(stored.providerReference()).isEmpty();
        assertThat(stored.settledAt()).isEmpty();

        stored.succeed("re_123", T0.plusSeconds(60));
        stored.recordCreditNote("SL-AV-2026-000001");
        fixture.refunds().save(stored);

        Refund answered = fixture.refunds().findByPayment(payment).get(0);
        assertThat(answered.status()).isEqualTo(Refund.Status.SUCCEEDED);
        assertThat(answered.providerReference()).contains("re_123");
        assertThat(answered.settledAt()).contains(T0.plusSeconds(60));
        assertThat(answered.creditNote()).contains("SL-AV-2026-000001");
        assertThat(fixture.refunds().findByKey(payment, "other")).isEmpty();
        assertThat(fixture.refunds().findByKey(payment(), "key-1")).isEmpty();
    }

    @Test
    void a_payments_refunds_come_in_the_order_they_were_asked() {
        PaymentId payment = payment();
        fixture.refunds().add(asked(payment, 2, "2.00", "b"));
        fixture.refunds().add(asked(payment, 1, "1.00", "a"));
        fixture.refunds().add(asked(payment(), 1, "9.00", "a"));

        assertThat(fixture.refunds().findByPayment(payment)).extracting(Refund::position).containsExactly(1, 2);
        var team = fixture.payments().findById(payment).orElseThrow().teamId();
        assertThat(fixture.refunds().findByPayments(java.util.List.of(payment), team)).extracting(Refund::position)
                .containsExactly(1, 2);
        var other = newTeam(PlanId.PRO).id();
        assertThat(fixture.refunds().findByPayments(java.util.List.of(payment), other))
                .as("another team's payment shows no refund").isEmpty();
        assertThat(fixture.refunds().findByPayments(java.util.List.of(), team)).isEmpty();
    }

    @Test
    void two_refunds_at_one_position_or_with_one_key_are_a_conflict() {
        PaymentId payment = payment();
        fixture.refunds().add(asked(payment, 1, "1.00", "a"));

        assertThatThrownBy(() -> fixture.refunds().add(asked(payment, 1, "2.00", "b")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
        assertThatThrownBy(() -> fixture.refunds().add(asked(payment, 2, "2.00", "a")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
        assertThat(fixture.refunds().findByPayment(payment)).hasSize(1);
    }
}
