package com.servelink.adapter.http.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.servelink.application.port.in.access.TokenHash;
import com.servelink.adapter.http.json.Json;
import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.team.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The limits as a client meets them: 429 problem+json with Retry-After, on a real Undertow. */
class RateLimitedServerTest {
    private static final String GOOD = "slk_good";
    private final AtomicInteger lookUps = new AtomicInteger();
    private final HttpClient client = HttpClient.newHttpClient();
    private HttpServer server;

    private void start(RateLimits.Settings settings) {
        Route hello = new Route("GET", "/api/hello", Access.USER, call -> Reply.ok(Map.of("hello", "world")));
        server = new HttpServer(List.of(hello), token -> {
            lookUps.incrementAndGet();
            return TokenHash.ofToken(GOOD).orElseThrow().equals(token) ? Optional.of(new Actor.TeamUser(new UserId(1)))
                    : Optional.empty();
        }, new RateLimits(settings, Clock.systemUTC()));
        server.start("127.0.0.1", 0, 2);
    }

    @AfterEach
    void stop() {
        server.stop(Duration.ofSeconds(1));
    }

    private HttpResponse<String> get(String token) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/hello"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_token_over_its_limit_gets_429_with_retry_after_as_problem_json() throws Exception {
        start(new RateLimits.Settings(2, 0));
        assertThat(get(GOOD).statusCode()).isEqualTo(200);
        assertThat(get(GOOD).statusCode()).isEqualTo(200);
        HttpResponse<String> limited = get(GOOD);

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Content-Type")).contains("application/problem+json");
        long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 30L);
        JsonNode problem = Json.mapper().readTree(limited.body());
        assertThat(problem.path("status").asInt()).isEqualTo(429);
        assertThat(problem.path("type").asText()).isEqualTo("urn:servelink:problem:too-many-requests");
        assertThat(problem.path("retry_after").asLong()).isEqualTo(retryAfter);
    }

    @Test
    void an_address_sending_bad_tokens_is_stopped_before_they_are_looked_up() throws Exception {
        start(new RateLimits.Settings(0, 3));
        for (int i = 0; i < 3; i++) {
            assertThat(get("slk_guess_" + i).statusCode()).isEqualTo(401);
        }
        int before = lookUps.get();
        HttpResponse<String> limited = get("slk_guess_next");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(limited.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(lookUps.get()).as("no look-up for a refused address").isEqualTo(before);
    }
}
