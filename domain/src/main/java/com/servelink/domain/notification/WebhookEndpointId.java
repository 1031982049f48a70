package com.servelink.domain.notification;

import com.servelink.domain.shared.PrefixedIds;

/** A webhook endpoint's public identifier, {@code whk_…}. */
public record WebhookEndpointId(String value) {
    public static final String PREFIX = "whk_";

    public WebhookEndpointId {
        PrefixedIds.require(value, PREFIX, "webhookId");
    }

    public static WebhookEndpointId fromOpaque(String opaque) {
        return new WebhookEndpointId(PREFIX + opaque);
    }

    @Override
    public String toString() {
        return value;
    }
}
