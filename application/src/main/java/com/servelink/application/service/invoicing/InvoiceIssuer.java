package com.servelink.application.service.invoicing;

import com.servelink.application.port.out.BillingProfileRepository;
import com.servelink.application.port.out.InvoiceRepository;
import com.servelink.application.port.out.TeamRepository;
import com.servelink.domain.billing.AdditionalResource;
import com.servelink.domain.billing.Payment;
import com.servelink.domain.billing.PaymentStatus;
import com.servelink.domain.invoicing.BillingParty;
import com.servelink.domain.invoicing.DocumentNumber;
import com.servelink.domain.invoicing.Invoice;
import com.servelink.domain.invoicing.InvoiceLine;
import com.servelink.domain.invoicing.VatCharge;
import com.servelink.domain.invoicing.VatRules;
import com.servelink.domain.team.Team;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Issues the invoice of a payment that has just completed (a purchase or a renewal), in the
 * transaction that completed it, so a payment is never completed without its invoice nor
 * invoiced without being completed (decision 249). The number is the next of the year of the
 * completion (UTC); the buyer is copied from the team's billing profile; one line, the add-on
 * for the thirty days the payment buys, at the VAT the buyer owes on the day.
 */
public final class InvoiceIssuer {
    private final InvoiceRepository invoices;
    private final TeamRepository teams;
    private final Buyers buyers;
    private final VatRules vat;
    private final BillingParty seller;

    public InvoiceIssuer(InvoiceRepository invoices, BillingProfileRepository profiles, TeamRepository teams,
                         VatRules vat, BillingParty seller) {
        this.invoices = Objects.requireNonNull(invoices, "invoices");
        this.teams = Objects.requireNonNull(teams, "teams");
        this.vat = Objects.requireNonNull(vat, "vat");
        this.seller = Objects.requireNonNull(seller, "seller");
        if (!seller.country().equals(vat.sellerCountry())) {
            throw new IllegalArgumentException("the seller's country " + seller.country()
                    + " is not the one its VAT rules are for, " + vat.sellerCountry());
        }
        this.buyers = new Buyers(profiles, seller.country());
    }

    /**
     * The invoice of {@code payment} (completed) for {@code addOn}, issued now; empty when the
     * payment has one already, so a completion seen twice never invoices twice.
     */
    public Optional<Invoice> issueFor(Payment payment, AdditionalResource addOn) {
        if (payment.status() != PaymentStatus.COMPLETED || !payment.resourceId().equals(addOn.id())) {
            throw new IllegalStateException("only a completed payment is invoiced, with its own add-on: "
                    + payment.id());
        }
        if (invoices.findByPayment(payment.id()).isPresent()) {
            return Optional.empty();
        }
        Instant completed = payment.completedAt().orElseThrow();
        LocalDate day = LocalDate.ofInstant(completed, ZoneOffset.UTC);
        Team team = teams.findById(payment.teamId()).orElseThrow(() -> new IllegalStateException(
                "payment " + payment.id() + " belongs to team " + payment.teamId() + ", which is missing"));
        BillingParty buyer = buyers.of(team);
        VatCharge charge = vat.chargeFor(buyer, day);
        // a renewal buys the thirty days after the expiry it renews; a purchase, thirty days from now
        Instant start = payment.renewalOf().orElse(completed);
        InvoiceLine line = InvoiceLine.of(describe(addOn), addOn.quantity().value(), addOn.unitPrice(),
                LocalDate.ofInstant(start, ZoneOffset.UTC),
                LocalDate.ofInstant(start.plus(AdditionalResource.VALIDITY), ZoneOffset.UTC), charge);
        if (!line.net().sameAs(payment.amount())) {
            throw new IllegalStateException("payment " + payment.id() + " of " + payment.amount()
                    + " is not its add-on's net price " + line.net());
        }
        DocumentNumber number = invoices.nextNumber(DocumentNumber.Kind.INVOICE, day.getYear());
        Invoice invoice = Invoice.issue(number, payment.teamId(), payment.id(), day, seller, buyer, charge,
                List.of(line));
        invoices.add(invoice);
        return Optional.of(invoice);
    }

    /** What the line sold: the add-on's resource type and id ({@code ram add-on res_…}), the same in every language. */
    static String describe(AdditionalResource addOn) {
        return addOn.type().code() + " add-on " + addOn.id().value();
    }

    public BillingParty seller() {
        return seller;
    }
}
