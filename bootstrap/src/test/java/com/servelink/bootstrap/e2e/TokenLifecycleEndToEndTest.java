package com.servelink.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.servelink.bootstrap.e2e.RunningServer.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue with an expiry, use, list without secrets, revoke: through the API, on H2. */
class TokenLifecycleEndToEndTest {
    private static RunningServer server;
    private static long user;

    @BeforeAll
    static void start() {
        server = RunningServer.h2();
        user = server.post("/api/admin/users", RunningServer.ADMIN_TOKEN,
                "{\"email\":\"tokens@example.com\",\"name\":\"Tokens\",\"is_support\":false}").json().path("id").asLong();
        Reply added = server.post("/api/admin/teams/my-team/members", RunningServer.ADMIN_TOKEN,
                "{\"user_id\":" + user + ",\"role\":\"member\"}");
        assertThat(added.status()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String tokens() {
        return "/api/admin/users/" + user + "/tokens";
    }

    @Test
    void a_token_is_listed_with_its_dates_and_never_its_secret_then_revoked_at_once() {
        Reply issued = server.post(tokens(), RunningServer.ADMIN_TOKEN,
                "{\"label\":\"CI deploys\",\"expires_in_days\":30}");
        assertThat(issued.status()).isEqualTo(201);
        String token = issued.json().path("token").asText();
        String id = issued.json().path("id").asText();
        assertThat(id).startsWith("tok_");
        Instant expiresAt = Instant.parse(issued.json().path("expires_at").asText());
        assertThat(Duration.between(Instant.now(), expiresAt).toDays()).isBetween(29L, 30L);

        assertThat(server.get("/api/resources/my-team/limits", token).status()).isEqualTo(200);

        Reply listed = server.get(tokens(), RunningServer.ADMIN_TOKEN);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.text()).doesNotContain(token).doesNotContain(token.substring(4))
                .doesNotContain("hash");
        JsonNode entry = listed.json().path("tokens").get(0);
        assertThat(entry.path("id").asText()).isEqualTo(id);
        assertThat(entry.path("label").asText()).isEqualTo("CI deploys");
        assertThat(Instant.parse(entry.path("expires_at").asText())).isEqualTo(expiresAt);
        assertThat(entry.path("last_used_at").isNull()).as("used once: %s", entry).isFalse();
        assertThat(entry.path("revoked_at").isNull()).isTrue();

        Reply revoked = server.delete(tokens() + "/" + id, RunningServer.ADMIN_TOKEN);
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().path("revoked_at").isNull()).isFalse();
        Reply refused = server.get("/api/resources/my-team/limits", token);
        assertThat(refused.status()).as("revoked while remembered by the cache").isEqualTo(401);
        assertThat(server.delete(tokens() + "/" + id, RunningServer.ADMIN_TOKEN).json().path("revoked_at"))
                .isEqualTo(revoked.json().path("revoked_at"));
    }

    @Test
    void the_first_versions_request_without_a_body_still_issues_a_token_that_never_expires() {
        Reply issued = server.send(RunningServer.authorised(server.request(tokens()), RunningServer.ADMIN_TOKEN)
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertThat(issued.status()).isEqualTo(201);
        assertThat(issued.json().path("expires_at").isNull()).isTrue();
    }

    @Test
    void bad_expiries_name_their_field_and_unknown_tokens_are_not_found() {
        assertField(server.post(tokens(), RunningServer.ADMIN_TOKEN, "{\"expires_at\":\"2001-01-01T00:00:00Z\"}"),
                "expires_at");
        assertField(server.post(tokens(), RunningServer.ADMIN_TOKEN, "{\"expires_at\":\"tomorrow\"}"), "expires_at");
        assertField(server.post(tokens(), RunningServer.ADMIN_TOKEN, "{\"expires_in_days\":0}"), "expires_in_days");
        assertField(server.post(tokens(), RunningServer.ADMIN_TOKEN, "{\"expires_in_days\":\"7\"}"),
                "expires_in_days");
        assertField(server.post(tokens(), RunningServer.ADMIN_TOKEN,
                "{\"expires_in_days\":7,\"expires_at\":\"2100-01-01T00:00:00Z\"}"), "expires_in_days");
        assertThat(server.delete(tokens() + "/tok_nosuchtoken", RunningServer.ADMIN_TOKEN).status()).isEqualTo(404);
        assertThat(server.delete(tokens() + "/not-a-token-id", RunningServer.ADMIN_TOKEN).status()).isEqualTo(404);
        assertThat(server.get("/api/admin/users/999999/tokens", RunningServer.ADMIN_TOKEN).status()).isEqualTo(404);
    }

    private static void assertField(Reply reply, String field) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(422);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().path("errors").findValuesAsText("field")).contains(field);
    }
}
