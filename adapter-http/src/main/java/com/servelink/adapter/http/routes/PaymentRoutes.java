package com.servelink.adapter.http.routes;

import com.servelink.adapter.http.payment.WebhookReceiver;
import com.servelink.adapter.http.server.Access;
import com.servelink.adapter.http.server.Call;
import com.servelink.adapter.http.server.QueryParameters;
import com.servelink.adapter.http.server.Reply;
import com.servelink.adapter.http.server.Route;
import com.servelink.adapter.http.server.UseCases;
import com.servelink.adapter.http.view.BillingViews.PaymentJson;
import com.servelink.adapter.http.view.BillingViews.PaymentsJson;
import com.servelink.adapter.http.view.BillingViews.RefundJson;
import com.servelink.adapter.http.json.JsonBody;
import com.servelink.adapter.http.view.BillingViews.WebhookAckJson;
import com.servelink.application.port.in.billing.IssueRefundUseCase;
import com.servelink.application.port.in.billing.ListTeamPaymentsUseCase;
import com.servelink.application.port.in.billing.ListTeamPaymentsUseCase.ListTeamPaymentsQuery;
import com.servelink.application.port.in.billing.GetPaymentUseCase.GetPaymentQuery;
import com.servelink.domain.billing.Payment;
import com.servelink.domain.billing.PaymentId;
import com.servelink.application.port.in.billing.ListPaymentRefundsUseCase;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A payment's state for its team (seed §8), and the providers' webhooks (seed §6 step 8). */
public final class PaymentRoutes {
    private final UseCases useCases;
    private final WebhookReceiver webhooks;

    public PaymentRoutes(UseCases useCases, WebhookReceiver webhooks) {
        this.useCases = useCases;
        this.webhooks = webhooks;
    }

    public List<Route> routes() {
        return List.of(
                new Route("GET", "/api/payments/{team_slug}", Access.USER, this::list),
                new Route("GET", "/api/payments/{team_slug}/{payment_id}", Access.USER, this::get),
                new Route("POST", "/api/payments/webhooks/{provider}", Access.PROVIDER, this::webhook),
                new Route("POST", "/api/staff/payments/{payment_id}/refunds", Access.USER, this::refund));
    }

    private Reply list(Call call) {
        var team = call.team();
        var page = useCases.listPayments().list(new ListTeamPaymentsQuery(call.actor(), team, QueryParameters.page(call)));
        var refunds = refundsOf(call, page.items().stream().map(Payment::id).toList());
        return Reply.ok(new PaymentsJson(page.items().stream().map(p -> PaymentJson.of(p, refunds.get(p.id())))
                .toList(), page.nextCursor().orElse(null)));
    }

    private Reply get(Call call) {
        var team = call.team();
        PaymentId id = call.pathId("payment_id", PaymentId::new);
        Payment payment = useCases.getPayment().get(new GetPaymentQuery(call.actor(), Optional.of(team), id));
        return Reply.ok(PaymentJson.of(payment, refundsOf(call, List.of(payment.id())).get(payment.id())));
    }

    /** The refunds beside a team's payments, in one query for the page. */
    private java.util.Map<PaymentId, List<com.servelink.domain.billing.Refund>> refundsOf(Call call,
                                                                                      List<PaymentId> payments) {
        return useCases.listPaymentRefunds().refunds(new ListPaymentRefundsUseCase.ListPaymentRefundsQuery(
                call.actor(), call.team(), payments));
    }

    /** Staff give money back (decision 277); a replay under the same Idempotency-Key answers the same refund. */
    private Reply refund(Call call) {
        PaymentId id = call.pathId("payment_id", PaymentId::new);
        JsonBody body = call.json();
        var amount = body.decimal("amount");
        String reason = body.text("reason");
        body.requireValid();
        var refund = useCases.issueRefund().refund(new IssueRefundUseCase.IssueRefundCommand(call.actor(), id, amount,
                reason, call.header("Idempotency-Key")));
        return Reply.created(RefundJson.of(refund));
    }

    private Reply webhook(Call call) {
        String provider = call.path("provider").toLowerCase(Locale.ROOT);
        var outcome = webhooks.receive(provider, call.rawBody(), call::header);
        return Reply.ok(new WebhookAckJson(true, outcome.name().toLowerCase(Locale.ROOT)));
    }
}
