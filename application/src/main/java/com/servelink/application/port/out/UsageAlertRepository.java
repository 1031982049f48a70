package com.servelink.application.port.out;

import com.servelink.domain.platform.AlertLevel;
import com.servelink.domain.platform.UsageAlert;
import com.servelink.domain.platform.UsageMetric;
import com.servelink.domain.team.TeamId;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Stores usage alerts, at most one per {@link UsageAlert#key() key}: team and key value. */
public interface UsageAlertRepository {
    /**
     * The order of levels in lists: a limit exceeded, nearly reached, about to drop below the
     * usage (an add-on expiring), approached. Not the enum's order, which lists the thresholds by
     * percentage and adds {@code cliff} last.
     */
    List<AlertLevel> MOST_SEVERE_FIRST = List.of(AlertLevel.EXCEEDED, AlertLevel.CRITICAL, AlertLevel.CLIFF,
            AlertLevel.WARNING);

    /**
     * Stores the alert unless one with the same {@link UsageAlert#key()} exists (a unique
     * constraint in a database, so concurrent runs cannot both add it). Returns whether it was added.
     */
    boolean addIfAbsent(UsageAlert alert);

    /**
     * The team's alerts, optionally of one month, newest first, then the most severe level first
     * ({@link #MOST_SEVERE_FIRST}), then metric, then key value.
     */
    List<UsageAlert> findByTeam(TeamId team, Optional<YearMonth> month);

    /** Up to {@code limit} of {@link #findByTeam}'s alerts, in its order, strictly after {@code after}. */
    List<UsageAlert> findPageByTeam(TeamId team, Optional<YearMonth> month, Optional<AlertPosition> after, int limit);

    /**
     * An alert's place in the team's list: its creation time, level, metric and key value, the
     * list's whole order (the key value is unique within a team, so no two alerts share a place).
     */
    record AlertPosition(Instant createdAt, AlertLevel level, UsageMetric metric, String key) {
        public AlertPosition {
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(key, "key");
        }

        public static AlertPosition of(UsageAlert alert) {
            return new AlertPosition(alert.createdAt(), alert.level(), alert.metric(), alert.key().value());
        }

        public String encode() {
            return KeysetCursor.writer().instant(createdAt).number(MOST_SEVERE_FIRST.indexOf(level))
                    .number(metric.ordinal()).text(key).encode();
        }

        /** Parses a cursor a client sent back; anything we did not issue is an invalid {@code cursor}. */
        public static AlertPosition decode(String cursor) {
            KeysetCursor.Reader reader = KeysetCursor.reader(cursor);
            Instant createdAt = reader.instant();
            long level = reader.number();
            long metric = reader.number();
            String key = reader.text();
            if (level < 0 || level >= MOST_SEVERE_FIRST.size() || metric < 0 || metric >= UsageMetric.values().length) {
                throw KeysetCursor.invalid();
            }
            return new AlertPosition(createdAt, MOST_SEVERE_FIRST.get((int) level), UsageMetric.values()[(int) metric],
                    key);
        }
    }
}
