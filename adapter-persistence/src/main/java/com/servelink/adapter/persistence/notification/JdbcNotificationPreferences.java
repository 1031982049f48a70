package com.servelink.adapter.persistence.notification;

import com.servelink.adapter.persistence.tx.JpaTransactions;
import com.servelink.application.port.out.NotificationPreferencesRepository;
import com.servelink.domain.catalog.Language;
import com.servelink.domain.notification.NotificationCategory;
import com.servelink.domain.notification.NotificationPreferences;
import com.servelink.domain.team.UserId;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** E-mail preferences in table {@code notification_preference}, one row per user who chose, in plain SQL. */
public final class JdbcNotificationPreferences implements NotificationPreferencesRepository {
    private final JpaTransactions tx;
    private final Clock clock;

    public JdbcNotificationPreferences(JpaTransactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public Optional<NotificationPreferences> find(UserId user) {
        return tx.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select off, language from notification_preference where user_id = ?")) {
                statement.setLong(1, user.value());
                try (ResultSet row = statement.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    var off = Arrays.stream(row.getString(1).split(",")).filter(code -> !code.isEmpty())
                            .flatMap(code -> NotificationCategory.byCode(code).stream())
                            .collect(Collectors.toSet());
                    return Optional.of(new NotificationPreferences(off,
                            Language.valueOf(row.getString(2).toUpperCase(Locale.ROOT))));
                }
            }
        });
    }

    @Override
    public void save(UserId user, NotificationPreferences preferences) {
        String off = preferences.off().stream().map(NotificationCategory::code).sorted()
                .collect(Collectors.joining(","));
        String language = preferences.language().name().toLowerCase(Locale.ROOT);
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        tx.inTransaction(() -> tx.withConnection(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "update notification_preference set off = ?, language = ?, updated_at = ? where user_id = ?")) {
                update.setString(1, off);
                update.setString(2, language);
                update.setObject(3, now);
                update.setLong(4, user.value());
                if (update.executeUpdate() == 1) {
                    return null;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into notification_preference (user_id, off, language, updated_at) values (?, ?, ?, ?)")) {
                insert.setLong(1, user.value());
                insert.setString(2, off);
                insert.setString(3, language);
                insert.setObject(4, now);
                insert.executeUpdate();
            }
            return null;
        }));
    }
}
