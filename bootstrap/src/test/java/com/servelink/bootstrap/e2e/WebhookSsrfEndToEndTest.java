package com.servelink.bootstrap.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SSRF guard with the operator's defaults: an endpoint on the platform's own network, in any
 * spelling, or on plain http, is refused with a 422 naming {@code url}, and nothing is stored.
 */
class WebhookSsrfEndToEndTest {
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.h2();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/hook", "https://localhost:8443/hook", "https://[::1]/",
            "https://[::ffff:127.0.0.1]/", "https://[::ffff:7f00:1]/", "https://2130706433/", "https://0177.0.0.1/",
            "https://0x7f.0.0.1/", "https://127.1/", "https://10.0.0.1/", "https://172.16.0.1/",
            "https://192.168.0.10/", "https://169.254.169.254/latest/meta-data/", "https://[fe80::1]/",
            "https://[fd00::1]/", "https://100.64.0.1/", "https://0.0.0.0/", "https://224.0.0.1/",
            "http://example.com/hook"})
    void an_internal_or_plain_http_url_is_refused_naming_url(String url) {
        RunningServer.Reply reply = server.post("/api/teams/my-team/webhooks", server.tokens().owner(),
                "{\"url\":\"" + url + "\",\"events\":[\"ticket.created\"]}");
        assertThat(reply.status()).as(url + " " + reply).isEqualTo(422);
        assertThat(reply.json().path("errors").get(0).path("field").asText()).isEqualTo("url");
        assertThat(server.get("/api/teams/my-team/webhooks", server.tokens().owner()).json().path("webhooks")
                .size()).isZero();
    }
}
