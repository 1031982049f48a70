package com.servelink.domain.support;

import com.servelink.domain.shared.PrefixedIds;

/** A ticket message's identifier, {@code msg_…}. */
public record MessageId(String value) {
    public static final String PREFIX = "msg_";

    public MessageId {
        PrefixedIds.require(value, PREFIX, "messageId");
    }

    public static MessageId fromOpaque(String opaque) {
        return new MessageId(PREFIX + opaque);
    }

    @Override
    public String toString() {
        return value;
    }
}
