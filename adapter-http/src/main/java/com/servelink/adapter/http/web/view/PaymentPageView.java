package com.servelink.adapter.http.web.view;

/**
 * The sandbox provider's checkout and result pages and the provider's return pages: a title, a
 * text, the payment's figures (the amount as read and as ISO 4217, {@code 2.00 EUR}), the forms' targets (null when there are no buttons) and a link back.
 */
public record PaymentPageView(Chrome chrome, String heading, String text, String paymentId, String amount,
                              String isoAmount, String status, String payAction, String declineAction, String backHref) {
}
