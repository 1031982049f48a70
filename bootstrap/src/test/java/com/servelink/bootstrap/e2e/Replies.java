package com.servelink.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.servelink.bootstrap.e2e.RunningServer.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/** What the end-to-end tests expect of a reply, said once: its status (the reply shown on failure), then its body. */
final class Replies {
    private Replies() {
    }

    /** The JSON body of a reply that must have {@code status}. */
    static JsonNode ok(Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        return reply.json();
    }

    /** The JSON body of a reply that must be 200. */
    static JsonNode ok(Reply reply) {
        return ok(reply, 200);
    }
}
