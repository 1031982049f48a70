package com.servelink.bootstrap.config;

import com.servelink.adapter.mail.SmtpSettings;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The e-mail settings: {@code SERVELINK_SMTP_HOST} turns e-mail on (unset: the e-mail channel is
 * not registered, events are still recorded), {@code SERVELINK_SMTP_FROM} is then required,
 * {@code SERVELINK_SMTP_PORT} defaults to 587, {@code SERVELINK_SMTP_STARTTLS} ({@code true} by
 * default) requires STARTTLS, and {@code SERVELINK_SMTP_USERNAME} with
 * {@code SERVELINK_SMTP_PASSWORD} authenticate. Connect, read and write time out after 10 s each.
 */
public final class MailSettings {
    public static final String HOST = "SERVELINK_SMTP_HOST";
    public static final String PORT = "SERVELINK_SMTP_PORT";
    public static final String USERNAME = "SERVELINK_SMTP_USERNAME";
    public static final String PASSWORD = "SERVELINK_SMTP_PASSWORD";
    public static final String FROM = "SERVELINK_SMTP_FROM";
    public static final String STARTTLS = "SERVELINK_SMTP_STARTTLS";
    public static final List<String> VARIABLES = List.of(HOST, PORT, USERNAME, PASSWORD, FROM, STARTTLS);
    public static final int DEFAULT_PORT = 587;
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");
    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9.\\-:\\[\\]]+");

    private MailSettings() {
    }

    public static Optional<SmtpSettings> read(Map<String, String> env, OutboxTuning.Refusals refusals) {
        Optional<String> host = value(env, HOST);
        if (host.isEmpty()) {
            for (String other : List.of(PORT, USERNAME, PASSWORD, FROM, STARTTLS)) {
                value(env, other).ifPresent(set -> refusals.bad(other, other.equals(PASSWORD) ? "(hidden)" : set,
                        "unset while " + HOST + " is unset (e-mail is off)"));
            }
            return Optional.empty();
        }
        boolean valid = true;
        if (!HOST_NAME.matcher(host.get()).matches()) {
            refusals.bad(HOST, host.get(), "a host name or address, such as smtp.example.com");
            valid = false;
        }
        int port = DEFAULT_PORT;
        Optional<String> portValue = value(env, PORT);
        if (portValue.isPresent()) {
            try {
                port = Integer.parseInt(portValue.get());
            } catch (NumberFormatException e) {
                port = -1;
            }
            if (port < 1 || port > 65_535) {
                refusals.bad(PORT, portValue.get(), "a port from 1 to 65535");
                valid = false;
            }
        }
        Optional<String> from = value(env, FROM);
        if (from.isEmpty()) {
            refusals.bad(FROM, "", "the sender's address, such as notifications@example.com, whenever " + HOST
                    + " is set");
            valid = false;
        } else if (!ADDRESS.matcher(from.get()).matches()) {
            refusals.bad(FROM, from.get(), "an e-mail address, such as notifications@example.com");
            valid = false;
        }
        boolean startTls = true;
        Optional<String> tls = value(env, STARTTLS);
        if (tls.isPresent()) {
            switch (tls.get()) {
                case "true" -> startTls = true;
                case "false" -> startTls = false;
                default -> {
                    refusals.bad(STARTTLS, tls.get(), "true or false");
                    valid = false;
                }
            }
        }
        Optional<String> username = value(env, USERNAME);
        Optional<String> password = Optional.ofNullable(env.get(PASSWORD)).filter(p -> !p.isEmpty());
        if (username.isPresent() != password.isPresent()) {
            refusals.bad(username.isPresent() ? PASSWORD : USERNAME, "", "set together with "
                    + (username.isPresent() ? USERNAME : PASSWORD));
            valid = false;
        }
        if (!valid) {
            return Optional.empty();
        }
        return Optional.of(new SmtpSettings(host.get(), port, username, password, from.get(), startTls,
                SmtpSettings.DEFAULT_TIMEOUT));
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
