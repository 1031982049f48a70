package com.servelink.adapter.http.web;

import com.servelink.adapter.http.server.Route;
import com.servelink.adapter.http.web.view.PaymentPageView;

import java.util.List;

/**
 * Where the payment provider sends the customer back (Stripe's success and cancel URLs). Nothing
 * is decided here: the provider's signed webhook settles the payment.
 */
public final class PaymentReturnPages {
    private final Pages pages;

    public PaymentReturnPages(Pages pages) {
        this.pages = pages;
    }

    public List<Route> routes() {
        return List.of(
                pages.open("GET", "/payments/{payment_id}/done", call -> page(call, "payment.done")),
                pages.open("GET", "/payments/{payment_id}/cancelled", call -> page(call, "payment.cancelled")));
    }

    private com.servelink.adapter.http.server.Reply page(PageCall call, String key) {
        String heading = call.t().get(key + ".title");
        return pages.html(200, "payment.jte", new PaymentPageView(call.chrome(heading, List.of()), heading,
                call.t().get(key + ".text"), null, null, null, null, null, null, "/"));
    }
}
