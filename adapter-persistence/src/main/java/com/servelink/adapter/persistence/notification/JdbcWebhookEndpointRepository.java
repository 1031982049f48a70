package com.servelink.adapter.persistence.notification;

import com.servelink.adapter.persistence.tx.JpaTransactions;
import com.servelink.application.port.out.SecretSealer;
import com.servelink.application.port.out.WebhookEndpointRepository;
import com.servelink.domain.notification.EventType;
import com.servelink.domain.notification.SigningSecret;
import com.servelink.domain.notification.WebhookDelivery;
import com.servelink.domain.notification.WebhookDeliveryId;
import com.servelink.domain.notification.WebhookEndpoint;
import com.servelink.domain.notification.WebhookEndpointId;
import com.servelink.domain.notification.WebhookKind;
import com.servelink.domain.team.TeamId;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Webhook endpoints in {@code webhook_endpoint} and their logs in {@code webhook_delivery} (V11),
 * in hand-written SQL on the unit of work's connection. Secrets are sealed by the
 * {@link SecretSealer} with the endpoint's id as associated data, so a sealed secret copied to
 * another row does not open. Attempts move the failure streak with conditional updates, safe
 * when several nodes deliver to one endpoint at once.
 */
public final class JdbcWebhookEndpointRepository implements WebhookEndpointRepository {
    private static final String COLUMNS = "id, team_id, url, events, description, kind, secret, previous_secret, "
            + "previous_expires_at, enabled, failing_since, created_at";
    private static final String DELIVERY_COLUMNS = "id, endpoint_id, event_id, event_type, attempted_at, "
            + "status_code, latency_ms, error";

    private final JpaTransactions tx;
    private final SecretSealer sealer;

    public JdbcWebhookEndpointRepository(JpaTransactions tx, SecretSealer sealer) {
        this.tx = tx;
        this.sealer = sealer;
    }

    @Override
    public void add(WebhookEndpoint endpoint) {
        tx.inTransaction(() -> tx.withConnection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into webhook_endpoint (" + COLUMNS
                    + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, endpoint.id().value());
                insert.setString(2, endpoint.teamId().value());
                insert.setString(3, endpoint.url());
                insert.setString(4, endpoint.events().stream().map(EventType::code).collect(Collectors.joining(",")));
                insert.setString(5, endpoint.description());
                insert.setString(6, endpoint.kind().code());
                setSecrets(insert, 7, endpoint);
                insert.setBoolean(10, endpoint.enabled());
                setInstant(insert, 11, endpoint.failingSince());
                insert.setObject(12, utc(endpoint.createdAt()));
                return insert.executeUpdate();
            }
        }));
    }

    private void setSecrets(PreparedStatement statement, int first, WebhookEndpoint endpoint) throws SQLException {
        String name = endpoint.id().value();
        List<SigningSecret> secrets = endpoint.secrets();
        statement.setString(first, sealer.seal(name, secrets.get(0).value()));
        if (secrets.size() > 1) {
            statement.setString(first + 1, sealer.seal(name, secrets.get(1).value()));
            statement.setObject(first + 2, utc(secrets.get(1).expiresAt().orElseThrow()));
        } else {
            statement.setNull(first + 1, Types.VARCHAR);
            setInstant(statement, first + 2, Optional.empty());
        }
    }

    @Override
    public Optional<WebhookEndpoint> findById(WebhookEndpointId id) {
        return tx.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS
                    + " from webhook_endpoint where id = ?")) {
                select.setString(1, id.value());
                List<WebhookEndpoint> found = endpoints(select);
                return found.stream().findFirst();
            }
        });
    }

    @Override
    public List<WebhookEndpoint> findByTeam(TeamId team) {
        return tx.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS
                    + " from webhook_endpoint where team_id = ? order by created_at, id")) {
                select.setString(1, team.value());
                return endpoints(select);
            }
        });
    }

    @Override
    public void update(WebhookEndpoint endpoint) {
        tx.inTransaction(() -> tx.withConnection(connection -> {
            try (PreparedStatement update = connection.prepareStatement("update webhook_endpoint set secret = ?, "
                    + "previous_secret = ?, previous_expires_at = ?, enabled = ?, failing_since = ? where id = ?")) {
                setSecrets(update, 1, endpoint);
                update.setBoolean(4, endpoint.enabled());
                setInstant(update, 5, endpoint.failingSince());
                update.setString(6, endpoint.id().value());
                if (update.executeUpdate() == 0) {
                    throw new IllegalStateException("no webhook " + endpoint.id());
                }
                return null;
            }
        }));
    }

    @Override
    public boolean delete(WebhookEndpointId id) {
        return tx.inTransaction(() -> tx.withConnection(connection -> {
            try (PreparedStatement log = connection.prepareStatement(
                    "delete from webhook_delivery where endpoint_id = ?");
                 PreparedStatement endpoint = connection.prepareStatement(
                         "delete from webhook_endpoint where id = ?")) {
                log.setString(1, id.value());
                log.executeUpdate();
                endpoint.setString(1, id.value());
                return endpoint.executeUpdate() == 1;
            }
        }));
    }

    @Override
    public void recordAttempt(WebhookDelivery delivery) {
        tx.inTransaction(() -> tx.withConnection(connection -> {
            String endpoint = delivery.endpointId().value();
            try (PreparedStatement streak = connection.prepareStatement(delivery.succeeded()
                    ? "update webhook_endpoint set failing_since = null where id = ? and failing_since is not null"
                    : "update webhook_endpoint set failing_since = ? where id = ? and failing_since is null")) {
                if (delivery.succeeded()) {
                    streak.setString(1, endpoint);
                } else {
                    streak.setObject(1, utc(delivery.attemptedAt()));
                    streak.setString(2, endpoint);
                }
                streak.executeUpdate();
            }
            if (!exists(connection, endpoint)) {
                return null; // deleted meanwhile: nothing to log it in
            }
            insert(connection, delivery);
            prune(connection, endpoint);
            return null;
        }));
    }

    private static boolean exists(Connection connection, String endpoint) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select 1 from webhook_endpoint where id = ?")) {
            select.setString(1, endpoint);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void insert(Connection connection, WebhookDelivery delivery) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into webhook_delivery ("
                + DELIVERY_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, delivery.id().value());
            insert.setString(2, delivery.endpointId().value());
            insert.setString(3, delivery.eventId());
            insert.setString(4, delivery.eventType());
            insert.setObject(5, utc(delivery.attemptedAt()));
            if (delivery.statusCode().isPresent()) {
                insert.setInt(6, delivery.statusCode().getAsInt());
            } else {
                insert.setNull(6, Types.INTEGER);
            }
            insert.setLong(7, delivery.latencyMillis());
            insert.setString(8, delivery.error().orElse(null));
            insert.executeUpdate();
        }
    }

    /** Keeps the endpoint's newest {@link WebhookDelivery#KEPT_PER_ENDPOINT} attempts. */
    private static void prune(Connection connection, String endpoint) throws SQLException {
        Long oldestKept = null;
        try (PreparedStatement select = connection.prepareStatement("select seq from webhook_delivery "
                + "where endpoint_id = ? order by seq desc offset ? rows fetch next 1 rows only")) {
            select.setString(1, endpoint);
            select.setInt(2, WebhookDelivery.KEPT_PER_ENDPOINT - 1);
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next()) {
                    oldestKept = rows.getLong(1);
                }
            }
        }
        if (oldestKept != null) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from webhook_delivery where endpoint_id = ? and seq < ?")) {
                delete.setString(1, endpoint);
                delete.setLong(2, oldestKept);
                delete.executeUpdate();
            }
        }
    }

    @Override
    public Optional<Instant> disableIfFailingSince(WebhookEndpointId id, Instant cutoff) {
        return tx.inTransaction(() -> tx.withConnection(connection -> {
            Optional<Instant> since = Optional.empty();
            try (PreparedStatement select = connection.prepareStatement("select failing_since from webhook_endpoint "
                    + "where id = ? and enabled = true and failing_since <= ?")) {
                select.setString(1, id.value());
                select.setObject(2, utc(cutoff));
                try (ResultSet rows = select.executeQuery()) {
                    if (rows.next()) {
                        since = Optional.of(rows.getObject(1, OffsetDateTime.class).toInstant());
                    }
                }
            }
            if (since.isEmpty()) {
                return since;
            }
            try (PreparedStatement update = connection.prepareStatement("update webhook_endpoint set enabled = false "
                    + "where id = ? and enabled = true and failing_since <= ?")) {
                update.setString(1, id.value());
                update.setObject(2, utc(cutoff));
                return update.executeUpdate() == 1 ? since : Optional.<Instant>empty();
            }
        }));
    }

    @Override
    public List<WebhookDelivery> deliveries(WebhookEndpointId id) {
        return tx.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select " + DELIVERY_COLUMNS
                    + " from webhook_delivery where endpoint_id = ? order by seq desc fetch first "
                    + WebhookDelivery.KEPT_PER_ENDPOINT + " rows only")) {
                select.setString(1, id.value());
                return deliveries(select);
            }
        });
    }

    @Override
    public Optional<WebhookDelivery> findDelivery(WebhookEndpointId endpoint, WebhookDeliveryId delivery) {
        return tx.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select " + DELIVERY_COLUMNS
                    + " from webhook_delivery where endpoint_id = ? and id = ?")) {
                select.setString(1, endpoint.value());
                select.setString(2, delivery.value());
                return deliveries(select).stream().findFirst();
            }
        });
    }

    private List<WebhookEndpoint> endpoints(PreparedStatement select) throws SQLException {
        List<WebhookEndpoint> found = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                found.add(endpoint(rows));
            }
        }
        return found;
    }

    private WebhookEndpoint endpoint(ResultSet rows) throws SQLException {
        WebhookEndpointId id = new WebhookEndpointId(rows.getString(1));
        Set<EventType> events = EnumSet.noneOf(EventType.class);
        for (String code : rows.getString(4).split(",")) {
            EventType.byCode(code).ifPresent(events::add);
        }
        List<SigningSecret> secrets = new ArrayList<>();
        secrets.add(SigningSecret.current(open(id, rows.getString(7))));
        String previous = rows.getString(8);
        OffsetDateTime previousExpiry = rows.getObject(9, OffsetDateTime.class);
        if (previous != null && previousExpiry != null) {
            secrets.add(new SigningSecret(open(id, previous), Optional.of(previousExpiry.toInstant())));
        }
        OffsetDateTime failing = rows.getObject(11, OffsetDateTime.class);
        return WebhookEndpoint.reconstitute(id, new TeamId(rows.getString(2)), rows.getString(3), events,
                rows.getString(5), WebhookKind.fromCode(rows.getString(6), "kind"),
                rows.getObject(12, OffsetDateTime.class).toInstant(), secrets, rows.getBoolean(10),
                Optional.ofNullable(failing).map(OffsetDateTime::toInstant));
    }

    private String open(WebhookEndpointId id, String sealed) {
        return sealer.open(id.value(), sealed).orElseThrow(() -> new IllegalStateException("the signing secret of "
                + id + " was sealed with another key: set SERVELINK_SECRET_KEY to the key of the node that stored it"));
    }

    private static List<WebhookDelivery> deliveries(PreparedStatement select) throws SQLException {
        List<WebhookDelivery> found = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                int status = rows.getInt(6);
                OptionalInt code = rows.wasNull() ? OptionalInt.empty() : OptionalInt.of(status);
                found.add(new WebhookDelivery(new WebhookDeliveryId(rows.getString(1)),
                        new WebhookEndpointId(rows.getString(2)), rows.getString(3), rows.getString(4),
                        rows.getObject(5, OffsetDateTime.class).toInstant(), code, rows.getLong(7),
                        Optional.ofNullable(rows.getString(8))));
            }
        }
        return found;
    }

    private static void setInstant(PreparedStatement statement, int index, Optional<Instant> instant)
            throws SQLException {
        if (instant.isPresent()) {
            statement.setObject(index, utc(instant.get()));
        } else {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
