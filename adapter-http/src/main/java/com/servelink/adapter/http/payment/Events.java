package com.servelink.adapter.http.payment;

import com.fasterxml.jackson.databind.JsonNode;
import com.servelink.adapter.http.error.HttpError;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.Money;

import java.math.BigDecimal;
import java.util.Currency;

/** Small readers shared by the providers' event parsers. */
final class Events {
    private Events() {
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.textValue().isBlank() || value.textValue().length() > 255) {
            throw HttpError.badRequest("the event's " + field + " must be a non-empty string");
        }
        return value.textValue();
    }

    /**
     * An amount the provider reported, in an ISO 4217 code written exactly ({@code EUR}); one that
     * is no valid amount of a known currency never matches a payment.
     */
    static Money money(BigDecimal amount, String currencyCode) {
        try {
            return new Money(amount, Currency.getInstance(currencyCode));
        } catch (IllegalArgumentException e) {
            throw new DomainException(ErrorCode.AMOUNT_MISMATCH, "the reported amount " + amount + " "
                    + currencyCode + " is not a valid amount of a known currency");
        }
    }
}
