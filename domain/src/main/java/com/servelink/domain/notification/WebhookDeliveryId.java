package com.servelink.domain.notification;

import com.servelink.domain.shared.PrefixedIds;

/** One logged attempt to call a webhook endpoint, {@code whd_…}: what a manual redelivery names. */
public record WebhookDeliveryId(String value) {
    public static final String PREFIX = "whd_";

    public WebhookDeliveryId {
        PrefixedIds.require(value, PREFIX, "deliveryId");
    }

    public static WebhookDeliveryId fromOpaque(String opaque) {
        return new WebhookDeliveryId(PREFIX + opaque);
    }

    @Override
    public String toString() {
        return value;
    }
}
