package com.servelink.bootstrap.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings that protect the service from its clients and its stored secrets from a copied
 * database (decisions 107 and 109), read with the rest of {@link Configuration}.
 *
 * @param tokenRequestsPerMinute        requests per API token per minute and node; 0: no limit
 * @param failedAuthenticationsPerMinute refused tokens per client address per minute and node; 0: no limit
 * @param secretKey                     the key that encrypts secrets kept in the database; secret
 * @param secretKeyFile                 where the generated key is kept when {@code secretKey} is not set
 */
public record Safeguards(int tokenRequestsPerMinute, int failedAuthenticationsPerMinute,
                         Optional<String> secretKey, Path secretKeyFile) {
    public static final String RATE_LIMIT_TOKEN_PER_MINUTE = "SERVELINK_RATE_LIMIT_TOKEN_PER_MINUTE";
    public static final String RATE_LIMIT_FAILED_AUTH_PER_MINUTE = "SERVELINK_RATE_LIMIT_FAILED_AUTH_PER_MINUTE";
    public static final String SECRET_KEY = "SERVELINK_SECRET_KEY";
    public static final String SECRET_KEY_FILE = "SERVELINK_SECRET_KEY_FILE";

    public static final List<String> VARIABLES = List.of(RATE_LIMIT_TOKEN_PER_MINUTE,
            RATE_LIMIT_FAILED_AUTH_PER_MINUTE, SECRET_KEY, SECRET_KEY_FILE);

    /** Generous enough for real clients and the test suites (decision 107). */
    public static final int DEFAULT_TOKEN_REQUESTS_PER_MINUTE = 30_000;
    public static final int DEFAULT_FAILED_AUTHENTICATIONS_PER_MINUTE = 600;
    public static final int MAX_PER_MINUTE = 10_000_000;
    public static final int MIN_SECRET_KEY_LENGTH = 32;
    public static final Path DEFAULT_SECRET_KEY_FILE = Path.of("data", "secret.key");

    public Safeguards {
        Objects.requireNonNull(secretKey, "secretKey");
        Objects.requireNonNull(secretKeyFile, "secretKeyFile");
    }

    /** Without the key: a record's default would print it. */
    @Override
    public String toString() {
        return "Safeguards[" + tokenRequestsPerMinute + " requests per token per minute, "
                + failedAuthenticationsPerMinute + " failed authentications per address per minute, secret key "
                + (secretKey.isPresent() ? "set" : "unset (file " + secretKeyFile + ")") + "]";
    }

    /** Reads the four variables; each problem found is added to {@code problems}. */
    static Safeguards fromEnvironment(Map<String, String> env, List<String> problems) {
        int perToken = perMinute(env, RATE_LIMIT_TOKEN_PER_MINUTE, DEFAULT_TOKEN_REQUESTS_PER_MINUTE, problems);
        int failures = perMinute(env, RATE_LIMIT_FAILED_AUTH_PER_MINUTE, DEFAULT_FAILED_AUTHENTICATIONS_PER_MINUTE,
                problems);
        Optional<String> key = read(env, SECRET_KEY);
        key.filter(value -> value.length() < MIN_SECRET_KEY_LENGTH).ifPresent(value -> problems.add(SECRET_KEY
                + " (value hidden, " + value.length() + " characters): expected at least " + MIN_SECRET_KEY_LENGTH
                + " characters, such as the output of: openssl rand -base64 32"));
        Path file = DEFAULT_SECRET_KEY_FILE;
        Optional<String> fileName = read(env, SECRET_KEY_FILE);
        if (fileName.isPresent()) {
            try {
                file = Path.of(fileName.get());
            } catch (InvalidPathException e) {
                problems.add(SECRET_KEY_FILE + "=\"" + fileName.get() + "\": expected a file path");
            }
        }
        return new Safeguards(perToken, failures, key, file);
    }

    private static int perMinute(Map<String, String> env, String name, int fallback, List<String> problems) {
        Optional<String> value = read(env, name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.get());
            if (number >= 0 && number <= MAX_PER_MINUTE) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        problems.add(name + "=\"" + value.get() + "\": expected a whole number of requests per minute from 0 (no limit) to "
                + MAX_PER_MINUTE);
        return fallback;
    }

    private static Optional<String> read(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(value -> !value.isEmpty());
    }
}
