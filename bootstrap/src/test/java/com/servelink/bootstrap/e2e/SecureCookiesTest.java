package com.servelink.bootstrap.e2e;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Behind an https public URL, every cookie the pages set is {@code Secure}. */
class SecureCookiesTest {
    @Test
    void cookies_are_secure_when_the_public_url_is_https() {
        try (RunningServer server = RunningServer.h2(Map.of("SERVELINK_PUBLIC_URL", "https://panel.example.com"))) {
            PageClient browser = new PageClient(server.base());
            var form = browser.get("/login");
            assertThat(form.response().headers().allValues("set-cookie"))
                    .allSatisfy(cookie -> assertThat(cookie).contains("; Secure"));
            // the JDK's cookie store keeps Secure cookies off plain http, as a browser does: send it by hand
            String csrf = PageClient.csrfOf(form.text());
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.base() + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", "servelink_login=" + csrf)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("_csrf=" + csrf + "&token="
                            + server.tokens().member())).build();
            var signedIn = server.send(request);
            assertThat(signedIn.status()).isEqualTo(303);
            assertThat(signedIn.response().headers().allValues("set-cookie")).isNotEmpty()
                    .allSatisfy(cookie -> assertThat(cookie).contains("; Secure").contains("HttpOnly")
                            .contains("SameSite=Strict"));
        }
    }
}
