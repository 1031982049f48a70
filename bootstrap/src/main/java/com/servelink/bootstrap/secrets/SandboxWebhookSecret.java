package com.servelink.bootstrap.secrets;

import com.servelink.adapter.persistence.secrets.SecretBox;
import com.servelink.adapter.persistence.system.JpaSystemSettings;
import com.servelink.bootstrap.config.InvalidConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The sandbox provider's webhook secret: generated once, kept in the settings table sealed by a
 * {@link SecretBox} (the sandbox signs with it, so a hash could not do), the same on every
 * restart and node that has the key. A plain value stored by an earlier version is sealed in
 * place on the first start.
 */
public final class SandboxWebhookSecret {
    public static final String SETTING = "sandbox_webhook_secret";
    private static final Logger LOG = LoggerFactory.getLogger(SandboxWebhookSecret.class);

    private SandboxWebhookSecret() {
    }

    /** The secret; one generated now is printed once to {@code console}. */
    public static String resolve(JpaSystemSettings settings, SecretBox box, PrintStream console) {
        Optional<String> stored = settings.get(SETTING);
        if (stored.isPresent()) {
            String value = stored.get();
            if (!SecretBox.isSealed(value)) {
                settings.put(SETTING, box.seal(SETTING, value));
                LOG.info("the sandbox webhook secret stored in plain text by an earlier version is now encrypted");
                return value;
            }
            return open(box, value);
        }
        String fresh = newSecret();
        String sealed = box.seal(SETTING, fresh);
        String winner = settings.getOrCreate(SETTING, () -> sealed);
        if (winner.equals(sealed)) {
            console.println("Sandbox webhook secret (generated, kept encrypted in the database, shown once): " + fresh);
            return fresh;
        }
        return open(box, winner); // another node stored its own first
    }

    private static String open(SecretBox box, String sealed) {
        return box.open(SETTING, sealed).orElseThrow(() -> new InvalidConfigurationException(
                "the sandbox webhook secret in the database was encrypted with another key: set "
                        + "SERVELINK_SECRET_KEY to the same value on every node (or restore the key file "
                        + "SERVELINK_SECRET_KEY_FILE of the node that stored it)"));
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return "whsec_" + HexFormat.of().formatHex(bytes);
    }
}
