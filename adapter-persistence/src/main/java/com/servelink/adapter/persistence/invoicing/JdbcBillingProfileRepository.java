package com.servelink.adapter.persistence.invoicing;

import com.servelink.adapter.persistence.tx.JpaTransactions;
import com.servelink.application.port.out.BillingProfileRepository;
import com.servelink.domain.invoicing.BillingParty;
import com.servelink.domain.invoicing.CountryCode;
import com.servelink.domain.invoicing.VatId;
import com.servelink.domain.team.TeamId;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** Billing profiles in {@code team_billing_profile} (V22), one row per team, replaced whole. */
public final class JdbcBillingProfileRepository implements BillingProfileRepository {
    private final JpaTransactions tx;
    private final Clock clock;

    public JdbcBillingProfileRepository(JpaTransactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public Optional<BillingParty> find(TeamId team) {
        return tx.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select billing_name, address, country, vat_id from team_billing_profile where team_id = ?")) {
                select.setString(1, team.value());
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new BillingParty(row.getString(1), row.getString(2),
                            new CountryCode(row.getString(3)), Optional.ofNullable(row.getString(4)).map(VatId::new)));
                }
            }
        });
    }

    @Override
    public void save(TeamId team, BillingParty profile) {
        // update, or insert the first time: a replace whole in two portable statements
        tx.inTransaction(() -> tx.withConnection(connection -> {
            OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
            int updated;
            try (PreparedStatement update = connection.prepareStatement("""
                    update team_billing_profile set billing_name = ?, address = ?, country = ?, vat_id = ?,
                        updated_at = ? where team_id = ?""")) {
                bind(update, profile, now);
                update.setString(6, team.value());
                updated = update.executeUpdate();
            }
            if (updated == 0) {
                try (PreparedStatement insert = connection.prepareStatement("""
                        insert into team_billing_profile (billing_name, address, country, vat_id, updated_at, team_id)
                        values (?, ?, ?, ?, ?, ?)""")) {
                    bind(insert, profile, now);
                    insert.setString(6, team.value());
                    insert.executeUpdate();
                }
            }
            return null;
        }));
    }

    private static void bind(PreparedStatement statement, BillingParty profile, OffsetDateTime now)
            throws java.sql.SQLException {
        statement.setString(1, profile.name());
        statement.setString(2, profile.address());
        statement.setString(3, profile.country().value());
        statement.setString(4, profile.vatId().map(VatId::value).orElse(null));
        statement.setObject(5, now);
    }
}
