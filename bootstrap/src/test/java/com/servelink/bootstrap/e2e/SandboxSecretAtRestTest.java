package com.servelink.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.servelink.bootstrap.config.Safeguards;
import com.servelink.bootstrap.e2e.RunningServer.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox's webhook secret at rest: what the settings table holds is not the secret, a
 * restart (same database, same key file) still verifies webhooks signed with it, a plain secret
 * stored by an earlier version is encrypted on start, and another key refuses to start.
 */
class SandboxSecretAtRestTest {
    @TempDir
    Path dir;

    private String dbUrl() {
        return "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
    }

    private Map<String, String> env() {
        return Map.of(Safeguards.SECRET_KEY_FILE, dir.resolve("secret.key").toString());
    }

    private String stored() throws SQLException {
        try (Connection c = DriverManager.getConnection(dbUrl(), "sa", "");
             PreparedStatement s = c.prepareStatement(
                     "select setting_value from system_setting where setting_name = 'sandbox_webhook_secret'");
             ResultSet row = s.executeQuery()) {
            assertThat(row.next()).isTrue();
            return row.getString(1);
        }
    }

    @Test
    void the_stored_value_is_not_the_secret_and_a_restart_still_verifies_webhooks() throws Exception {
        String secret;
        JsonNode purchase;
        String owner;
        try (RunningServer first = RunningServer.onDatabase(dbUrl(), env())) {
            secret = first.webhookSecret();
            assertThat(first.console()).contains(secret);
            owner = first.tokens().owner();
            purchase = first.post("/api/resources/my-team/purchase", owner,
                    "{\"resource_type\":\"ram\",\"quantity\":1}").json();
        }
        String stored = stored();
        assertThat(stored).doesNotContain(secret).doesNotContain(secret.substring(6)).startsWith("aes-gcm:v1:");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("secret.key"))))
                .isEqualTo("rw-------");

        try (RunningServer second = RunningServer.onDatabase(dbUrl(), env())) {
            assertThat(second.webhookSecret()).isEqualTo(secret);
            assertThat(second.console()).doesNotContain(secret);
            String paymentId = purchase.path("payment_id").asText();
            Reply accepted = webhook(second, secret, paymentId, purchase.path("amount").asText(),
                    purchase.path("currency").asText());
            assertThat(accepted.status()).as("%s", accepted).isEqualTo(200);
            JsonNode payment = second.get("/api/payments/my-team/" + paymentId, owner).json();
            assertThat(payment.path("status").asText()).isEqualTo("completed");
        }
        assertThat(stored()).isEqualTo(stored);
    }

    @Test
    void a_plain_secret_of_an_earlier_version_is_encrypted_on_start_and_kept() throws Exception {
        try (RunningServer first = RunningServer.onDatabase(dbUrl(), env())) {
            assertThat(first.webhookSecret()).isNotBlank();
        }
        String plain = "whsec_plain_stored_by_version_6_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(dbUrl(), "sa", "");
             PreparedStatement s = c.prepareStatement(
                     "update system_setting set setting_value = ? where setting_name = 'sandbox_webhook_secret'")) {
            s.setString(1, plain);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        try (RunningServer upgraded = RunningServer.onDatabase(dbUrl(), env())) {
            assertThat(upgraded.webhookSecret()).isEqualTo(plain);
        }
        assertThat(stored()).doesNotContain(plain).startsWith("aes-gcm:v1:");
        try (RunningServer again = RunningServer.onDatabase(dbUrl(), env())) {
            assertThat(again.webhookSecret()).isEqualTo(plain);
        }
    }

    @Test
    void a_node_with_another_key_refuses_to_start_rather_than_sign_with_another_secret() {
        try (RunningServer first = RunningServer.onDatabase(dbUrl(), env())) {
            assertThat(first.webhookSecret()).isNotBlank();
        }
        Map<String, String> otherKey = Map.of(Safeguards.SECRET_KEY, "another-key-of-at-least-32-characters-0123");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RunningServer.onDatabase(dbUrl(), otherKey).close())
                .hasMessageContaining("SERVELINK_SECRET_KEY");
    }

    private static Reply webhook(RunningServer server, String secret, String paymentId, String amount,
                                 String currency) throws Exception {
        String body = "{\"id\":\"evt_" + UUID.randomUUID() + "\",\"type\":\"payment.completed\",\"data\":"
                + "{\"payment_id\":\"" + paymentId + "\",\"amount\":" + amount + ",\"currency\":\"" + currency
                + "\"}}";
        long t = Instant.now().getEpochSecond();
        return server.postSandboxWebhook(body, RunningServer.sandboxSignature(secret, body, t));
    }
}
