package com.servelink.adapter.persistence.billing;

import com.servelink.adapter.persistence.tx.JpaTransactions;
import com.servelink.application.port.out.RefundRepository;
import com.servelink.domain.billing.PaymentId;
import com.servelink.domain.billing.Refund;
import com.servelink.domain.billing.RefundId;
import com.servelink.domain.shared.Money;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** Refunds in {@code payment_refund} (V26), plain SQL like the invoices. */
public final class JdbcRefundRepository implements RefundRepository {
    private static final String COLUMNS = "id, payment_id, position, amount, currency, reason, requested_by, origin,"
            + " idempotency_key, created_at, status, provider_reference, settled_at, credit_note";

    private final JpaTransactions tx;

    public JdbcRefundRepository(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void add(Refund refund) {
        tx.inTransaction(() -> tx.withConnection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into payment_refund (" + COLUMNS
                    + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, refund.id().value());
                insert.setString(2, refund.paymentId().value());
                insert.setInt(3, refund.position());
                insert.setBigDecimal(4, refund.amount().amount());
                insert.setString(5, refund.amount().currency().getCurrencyCode());
                insert.setString(6, refund.reason());
                insert.setString(7, refund.requestedBy());
                insert.setString(8, refund.origin().code());
                insert.setString(9, refund.idempotencyKey());
                insert.setObject(10, at(refund.createdAt()));
                bindState(insert, 11, refund);
                insert.executeUpdate();
            }
            return null;
        }));
    }

    @Override
    public void save(Refund refund) {
        tx.inTransaction(() -> tx.withConnection(connection -> {
            try (PreparedStatement update = connection.prepareStatement("update payment_refund set status = ?,"
                    + " provider_reference = ?, settled_at = ?, credit_note = ? where id = ?")) {
                bindState(update, 1, refund);
                update.setString(5, refund.id().value());
                if (update.executeUpdate() != 1) {
                    throw new IllegalStateException("no refund " + refund.id());
                }
            }
            return null;
        }));
    }

    @Override
    public List<Refund> findByPayment(PaymentId payment) {
        return select("payment_id = ? order by position", payment.value());
    }

    @Override
    public Optional<Refund> findByKey(PaymentId payment, String idempotencyKey) {
        return select("payment_id = ? and idempotency_key = ?", payment.value(), idempotencyKey).stream().findFirst();
    }

    @Override
    public List<Refund> findByPayments(java.util.Collection<PaymentId> payments, com.servelink.domain.team.TeamId team) {
        if (payments.isEmpty()) {
            return List.of();
        }
        String[] parameters = new String[payments.size() + 1];
        int i = 0;
        for (PaymentId payment : payments) {
            parameters[i++] = payment.value();
        }
        parameters[i] = team.value();
        String marks = String.join(", ", java.util.Collections.nCopies(payments.size(), "?"));
        return select("payment_id in (" + marks + ") and payment_id in (select id from payment where team_id = ?)"
                + " order by payment_id, position", parameters);
    }

    private List<Refund> select(String where, String... parameters) {
        return tx.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS
                    + " from payment_refund where " + where)) {
                for (int i = 0; i < parameters.length; i++) {
                    select.setString(i + 1, parameters[i]);
                }
                List<Refund> found = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        found.add(toDomain(row));
                    }
                }
                return found;
            }
        });
    }

    /** status, provider_reference, settled_at, credit_note from {@code first}: what changes after the insert. */
    private static void bindState(PreparedStatement statement, int first, Refund refund) throws SQLException {
        statement.setString(first, refund.status().code());
        statement.setString(first + 1, refund.providerReference().orElse(null));
        statement.setObject(first + 2, refund.settledAt().map(JdbcRefundRepository::at).orElse(null));
        statement.setString(first + 3, refund.creditNote().orElse(null));
    }

    private static Refund toDomain(ResultSet row) throws SQLException {
        return Refund.reconstitute(new RefundId(row.getString(1)), new PaymentId(row.getString(2)), row.getInt(3),
                new Money(row.getBigDecimal(4), Currency.getInstance(row.getString(5))), row.getString(6),
                row.getString(7), Refund.Origin.fromCode(row.getString(8)), row.getString(9),
                instant(row, 10), Refund.Status.fromCode(row.getString(11)), row.getString(12),
                row.getObject(13) == null ? null : instant(row, 13), row.getString(14));
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }
}
