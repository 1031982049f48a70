package com.servelink.bootstrap.e2e;

import com.servelink.bootstrap.config.Safeguards;
import com.servelink.bootstrap.e2e.RunningServer.Reply;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The limits configured small, as an operator would set them, met through the real server. */
class RateLimitEndToEndTest {

    @Test
    void a_token_over_its_limit_is_answered_429_and_other_tokens_are_not() {
        try (RunningServer server = RunningServer.h2(Map.of(Safeguards.RATE_LIMIT_TOKEN_PER_MINUTE, "5"))) {
            String member = server.tokens().member();
            for (int i = 0; i < 5; i++) {
                assertThat(server.get("/api/resources/my-team/limits", member).status()).isEqualTo(200);
            }
            Reply limited = server.get("/api/resources/my-team/limits", member);
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.header("Content-Type")).startsWith("application/problem+json");
            assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 12L);
            assertThat(limited.json().path("retry_after").asLong()).isEqualTo(Long.parseLong(limited.header("Retry-After")));
            assertThat(server.get("/api/resources/my-team/limits", server.tokens().owner()).status()).isEqualTo(200);
        }
    }

    @Test
    void an_address_guessing_tokens_is_answered_429_even_with_a_good_token_then() {
        try (RunningServer server = RunningServer.h2(Map.of(Safeguards.RATE_LIMIT_FAILED_AUTH_PER_MINUTE, "3"))) {
            for (int i = 0; i < 3; i++) {
                assertThat(server.get("/api/resources/my-team/limits", "slk_guess" + i).status()).isEqualTo(401);
            }
            Reply limited = server.get("/api/resources/my-team/limits", "slk_guess_again");
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.header("Retry-After")).isNotNull();
            assertThat(server.get("/api/resources/my-team/limits", server.tokens().member()).status())
                    .as("the address is refused before any look-up").isEqualTo(429);
            assertThat(server.get("/health", null).status()).as("public routes are not limited").isEqualTo(200);
        }
    }

    @Test
    void the_sign_in_form_counts_its_refused_tokens_against_the_address_like_the_api() {
        try (RunningServer server = RunningServer.h2(Map.of(Safeguards.RATE_LIMIT_FAILED_AUTH_PER_MINUTE, "3"))) {
            PageClient browser = new PageClient(server.base()).language("en");
            for (int i = 0; i < 3; i++) {
                assertThat(browser.signIn("slk_guess" + i).status()).isEqualTo(422);
            }
            Reply limited = browser.signIn(server.tokens().member());
            assertThat(limited.status()).as("even a good token, once the address is over").isEqualTo(429);
            assertThat(limited.header("Content-Type")).startsWith("text/html");
            assertThat(limited.header("Retry-After")).isNotNull();
            assertThat(limited.text()).contains("Too many refused sign-ins");
            assertThat(browser.cookie("servelink_session")).isEmpty();
            assertThat(server.get("/api/resources/my-team/limits", server.tokens().member()).status())
                    .as("the API shares the address's count").isEqualTo(429);
        }
    }

    @Test
    void the_defaults_let_a_thousand_requests_of_one_token_and_many_refusals_through() {
        try (RunningServer server = RunningServer.h2()) {
            String member = server.tokens().member();
            for (int i = 0; i < 1000; i++) {
                assertThat(server.get("/api/resources/my-team/limits", member).status()).isEqualTo(200);
            }
            for (int i = 0; i < 300; i++) {
                assertThat(server.get("/api/resources/my-team/limits", "slk_wrong" + i).status()).isEqualTo(401);
            }
        }
    }
}
