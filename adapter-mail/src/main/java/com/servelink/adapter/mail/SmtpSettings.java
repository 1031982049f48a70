package com.servelink.adapter.mail;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how the notifications are sent: the SMTP server, its credentials when it asks for
 * them, the sender, whether to require STARTTLS, and the timeouts that keep a slow server from
 * holding a delivery thread (connect, read and write, each).
 */
public record SmtpSettings(String host, int port, Optional<String> username, Optional<String> password,
                           String from, boolean startTls, Duration timeout) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public SmtpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(timeout, "timeout");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port must be 1 to 65535");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
    }

    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + ", from " + from + ", STARTTLS " + (startTls ? "required" : "off")
                + ", user " + (username.isPresent() ? "set" : "unset") + ", password "
                + (password.isPresent() ? "set" : "unset") + ", timeout " + timeout + "]";
    }
}
