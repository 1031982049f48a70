package com.servelink.adapter.persistence.invoicing;

import com.servelink.adapter.persistence.tx.JpaTransactions;
import com.servelink.application.port.out.InvoiceRepository;
import com.servelink.domain.billing.PaymentId;
import com.servelink.domain.invoicing.BillingParty;
import com.servelink.domain.invoicing.CountryCode;
import com.servelink.domain.invoicing.CreditNote;
import com.servelink.domain.invoicing.DocumentNumber;
import com.servelink.domain.invoicing.Invoice;
import com.servelink.domain.invoicing.InvoiceLine;
import com.servelink.domain.invoicing.VatCharge;
import com.servelink.domain.invoicing.VatId;
import com.servelink.domain.invoicing.VatTreatment;
import com.servelink.domain.shared.Money;
import com.servelink.domain.team.TeamId;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Invoices, credit notes and their sequences in {@code invoice}, {@code invoice_line},
 * {@code credit_note} and {@code document_sequence} (V20), in plain SQL: the documents are
 * immutable records, with no entity life to manage. A number is allocated by locking its
 * sequence's row ({@code SELECT … FOR UPDATE}) in the caller's transaction (decision 244).
 */
public final class JdbcInvoiceRepository implements InvoiceRepository {
    private static final String INVOICE_COLUMNS = """
            number, team_id, payment_id, issue_date, seller_name, seller_address, seller_country, seller_vat_id,
            buyer_name, buyer_address, buyer_country, buyer_vat_id, vat_treatment, vat_rate, vat_country, currency,
            net, vat_amount, gross""";
    private static final String CREDIT_NOTE_COLUMNS = """
            number, invoice_number, issue_date, reason, vat_treatment, vat_rate, vat_country, currency, net,
            vat_amount, gross""";

    private final JpaTransactions tx;

    public JdbcInvoiceRepository(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public DocumentNumber nextNumber(DocumentNumber.Kind kind, int year) {
        String code = kind.name().toLowerCase(Locale.ROOT);
        return tx.withConnection(connection -> {
            // the year's first document creates the row; a concurrent creator's insert does nothing
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into document_sequence (kind, issue_year, last_value) values (?, ?, 0)
                    on conflict do nothing""")) {
                insert.setString(1, code);
                insert.setInt(2, year);
                insert.executeUpdate();
            }
            long last;
            try (PreparedStatement select = connection.prepareStatement(
                    "select last_value from document_sequence where kind = ? and issue_year = ? for update")) {
                select.setString(1, code);
                select.setInt(2, year);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    last = row.getLong(1);
                }
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "update document_sequence set last_value = ? where kind = ? and issue_year = ?")) {
                update.setLong(1, last + 1);
                update.setString(2, code);
                update.setInt(3, year);
                update.executeUpdate();
            }
            return new DocumentNumber(kind, year, last + 1);
        });
    }

    @Override
    public void add(Invoice invoice) {
        tx.inTransaction(() -> tx.withConnection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into invoice (" + INVOICE_COLUMNS
                    + ", issue_year, sequence) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int i = 1;
                insert.setString(i++, invoice.number().toString());
                insert.setString(i++, invoice.teamId().value());
                insert.setString(i++, invoice.paymentId().value());
                insert.setDate(i++, Date.valueOf(invoice.issueDate()));
                i = party(insert, i, invoice.seller());
                i = party(insert, i, invoice.buyer());
                i = vat(insert, i, invoice.vat());
                insert.setString(i++, invoice.gross().currency().getCurrencyCode());
                insert.setBigDecimal(i++, invoice.net().amount());
                insert.setBigDecimal(i++, invoice.vatAmount().amount());
                insert.setBigDecimal(i++, invoice.gross().amount());
                insert.setInt(i++, invoice.number().year());
                insert.setLong(i, invoice.number().sequence());
                insert.executeUpdate();
            }
            try (PreparedStatement line = connection.prepareStatement("""
                    insert into invoice_line (invoice_number, position, description, quantity, unit_price,
                        period_start, period_end, net, vat_amount, gross) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (int p = 0; p < invoice.lines().size(); p++) {
                    InvoiceLine l = invoice.lines().get(p);
                    line.setString(1, invoice.number().toString());
                    line.setInt(2, p);
                    line.setString(3, l.description());
                    line.setInt(4, l.quantity());
                    line.setBigDecimal(5, l.unitPrice().amount());
                    line.setDate(6, Date.valueOf(l.periodStart()));
                    line.setDate(7, Date.valueOf(l.periodEnd()));
                    line.setBigDecimal(8, l.net().amount());
                    line.setBigDecimal(9, l.vat().amount());
                    line.setBigDecimal(10, l.gross().amount());
                    line.addBatch();
                }
                line.executeBatch();
            }
            return null;
        }));
    }

    private static int party(PreparedStatement statement, int i, BillingParty party) throws SQLException {
        statement.setString(i++, party.name());
        statement.setString(i++, party.address());
        statement.setString(i++, party.country().value());
        statement.setString(i++, party.vatId().map(VatId::value).orElse(null));
        return i;
    }

    private static int vat(PreparedStatement statement, int i, VatCharge vat) throws SQLException {
        statement.setString(i++, vat.treatment().name().toLowerCase(Locale.ROOT));
        statement.setBigDecimal(i++, vat.ratePercent());
        statement.setString(i++, vat.country().value());
        return i;
    }

    @Override
    public Optional<Invoice> findByNumber(DocumentNumber number) {
        return tx.withConnection(connection -> invoices(connection, "where number = ?", List.of(number.toString()), 1))
                .stream().findFirst();
    }

    @Override
    public Optional<Invoice> findByPayment(PaymentId payment) {
        return tx.withConnection(connection -> invoices(connection, "where payment_id = ?", List.of(payment.value()), 1))
                .stream().findFirst();
    }

    @Override
    public List<Invoice> findByTeam(TeamId team, Optional<DocumentNumber> after, int limit) {
        List<Object> parameters = new ArrayList<>(List.of(team.value()));
        String where = "where team_id = ?";
        if (after.isPresent()) {
            where += " and (issue_year < ? or issue_year = ? and sequence < ?)";
            parameters.addAll(List.of(after.get().year(), after.get().year(), after.get().sequence()));
        }
        String condition = where;
        return tx.withConnection(connection -> invoices(connection, condition, parameters, limit));
    }

    /** An invoice's row, before its lines are read. */
    private record Head(DocumentNumber number, TeamId team, PaymentId payment, LocalDate issueDate,
                        BillingParty seller, BillingParty buyer, VatCharge vat, Currency currency, BigDecimal net,
                        BigDecimal vatAmount, BigDecimal gross) {
        static Head of(ResultSet row) throws SQLException {
            return new Head(DocumentNumber.parse(row.getString(1), "number"), new TeamId(row.getString(2)),
                    new PaymentId(row.getString(3)), row.getDate(4).toLocalDate(),
                    party(row.getString(5), row.getString(6), row.getString(7), row.getString(8)),
                    party(row.getString(9), row.getString(10), row.getString(11), row.getString(12)),
                    vatCharge(row.getString(13), row.getBigDecimal(14), row.getString(15)),
                    Currency.getInstance(row.getString(16)), row.getBigDecimal(17), row.getBigDecimal(18),
                    row.getBigDecimal(19));
        }

        Invoice with(List<InvoiceLine> lines) {
            return new Invoice(number, team, payment, issueDate, seller, buyer, vat, lines, new Money(net, currency),
                    new Money(vatAmount, currency), new Money(gross, currency));
        }
    }

    /** The invoices matching {@code where}, latest number first, with their lines: two statements. */
    private static List<Invoice> invoices(Connection connection, String where, List<Object> parameters, int limit)
            throws SQLException {
        List<Head> heads = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select " + INVOICE_COLUMNS
                + " from invoice " + where + " order by issue_year desc, sequence desc limit ?")) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            select.setInt(parameters.size() + 1, limit);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    heads.add(Head.of(row));
                }
            }
        }
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<String, List<InvoiceLine>> lines = lines(connection, heads);
        return heads.stream().map(head -> head.with(lines.get(head.number().toString()))).toList();
    }

    private static Map<String, List<InvoiceLine>> lines(Connection connection, List<Head> heads) throws SQLException {
        Map<String, Currency> currencies = new HashMap<>();
        heads.forEach(head -> currencies.put(head.number().toString(), head.currency()));
        Map<String, List<InvoiceLine>> lines = new HashMap<>();
        String marks = String.join(", ", Collections.nCopies(heads.size(), "?"));
        try (PreparedStatement select = connection.prepareStatement("""
                select invoice_number, description, quantity, unit_price, period_start, period_end, net,
                       vat_amount, gross
                from invoice_line where invoice_number in (%s) order by invoice_number, position""".formatted(marks))) {
            for (int i = 0; i < heads.size(); i++) {
                select.setString(i + 1, heads.get(i).number().toString());
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    String number = row.getString(1);
                    Currency currency = currencies.get(number);
                    lines.computeIfAbsent(number, n -> new ArrayList<>()).add(new InvoiceLine(row.getString(2),
                            row.getInt(3), new Money(row.getBigDecimal(4), currency),
                            row.getDate(5).toLocalDate(), row.getDate(6).toLocalDate(),
                            new Money(row.getBigDecimal(7), currency), new Money(row.getBigDecimal(8), currency),
                            new Money(row.getBigDecimal(9), currency)));
                }
            }
        }
        return lines;
    }

    private static BillingParty party(String name, String address, String country, String vatId) {
        return new BillingParty(name, address, new CountryCode(country), Optional.ofNullable(vatId).map(VatId::new));
    }

    private static VatCharge vatCharge(String treatment, BigDecimal rate, String country) {
        return new VatCharge(VatTreatment.valueOf(treatment.toUpperCase(Locale.ROOT)), rate, new CountryCode(country));
    }

    @Override
    public void add(CreditNote note) {
        tx.inTransaction(() -> tx.withConnection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into credit_note ("
                    + CREDIT_NOTE_COLUMNS + ", issue_year, sequence) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int i = 1;
                insert.setString(i++, note.number().toString());
                insert.setString(i++, note.invoice().toString());
                insert.setDate(i++, Date.valueOf(note.issueDate()));
                insert.setString(i++, note.reason());
                i = vat(insert, i, note.vat());
                insert.setString(i++, note.gross().currency().getCurrencyCode());
                insert.setBigDecimal(i++, note.net().amount());
                insert.setBigDecimal(i++, note.vatAmount().amount());
                insert.setBigDecimal(i++, note.gross().amount());
                insert.setInt(i++, note.number().year());
                insert.setLong(i, note.number().sequence());
                insert.executeUpdate();
            }
            return null;
        }));
    }

    @Override
    public List<CreditNote> creditNotesOf(List<DocumentNumber> invoices) {
        if (invoices.isEmpty()) {
            return List.of();
        }
        return tx.withConnection(connection -> {
            List<CreditNote> notes = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("select " + CREDIT_NOTE_COLUMNS
                    + " from credit_note where invoice_number in (" + String.join(", ",
                    Collections.nCopies(invoices.size(), "?"))
                    + ") order by invoice_number, issue_year, sequence")) {
                for (int i = 0; i < invoices.size(); i++) {
                    select.setString(i + 1, invoices.get(i).toString());
                }
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        Currency currency = Currency.getInstance(row.getString(8));
                        notes.add(new CreditNote(DocumentNumber.parse(row.getString(1), "number"),
                                DocumentNumber.parse(row.getString(2), "invoice"), row.getDate(3).toLocalDate(),
                                row.getString(4), vatCharge(row.getString(5), row.getBigDecimal(6), row.getString(7)),
                                new Money(row.getBigDecimal(9), currency), new Money(row.getBigDecimal(10), currency),
                                new Money(row.getBigDecimal(11), currency)));
                    }
                }
            }
            return notes;
        });
    }
}
