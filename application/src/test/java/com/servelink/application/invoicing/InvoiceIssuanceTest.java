package com.servelink.application.invoicing;

import com.servelink.application.port.in.billing.ConfirmPaymentUseCase.ConfirmPaymentCommand;
import com.servelink.application.port.in.billing.PaymentOutcome;
import com.servelink.application.port.in.billing.PurchaseAddOnUseCase.PurchaseReceipt;
import com.servelink.application.port.in.billing.ReconcilePaymentsUseCase;
import com.servelink.application.port.in.billing.SetAutoRenewUseCase.SetAutoRenewCommand;
import com.servelink.application.port.in.invoicing.GetBillingProfileUseCase.GetBillingProfileQuery;
import com.servelink.application.port.in.invoicing.GetInvoiceUseCase.GetInvoiceQuery;
import com.servelink.application.port.in.invoicing.ListInvoicesUseCase.ListInvoicesQuery;
import com.servelink.application.port.in.invoicing.SaveBillingProfileUseCase.SaveBillingProfileCommand;
import com.servelink.application.service.billing.RenewAddOnsService;
import com.servelink.application.service.billing.SetAutoRenewService;
import com.servelink.application.service.invoicing.GetBillingProfileService;
import com.servelink.application.service.invoicing.GetInvoiceService;
import com.servelink.application.service.invoicing.ListInvoicesService;
import com.servelink.application.service.invoicing.SaveBillingProfileService;
import com.servelink.application.testing.TestCore;
import com.servelink.domain.billing.AdditionalResource;
import com.servelink.domain.invoicing.DocumentNumber;
import com.servelink.domain.invoicing.Invoice;
import com.servelink.domain.invoicing.InvoiceLine;
import com.servelink.domain.invoicing.VatTreatment;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.servelink.application.testing.Refusals.refused;
import static com.servelink.application.testing.Refusals.refusedFields;
import static com.servelink.application.testing.TestCore.ACME;
import static com.servelink.application.testing.TestCore.RIVAL;
import static org.assertj.core.api.Assertions.assertThat;

/** Every completed payment issues exactly one invoice, in its transaction, at the buyer's VAT. */
class InvoiceIssuanceTest {
    private final TestCore core = new TestCore();
    private final SaveBillingProfileService saveProfile = new SaveBillingProfileService(core.access,
            core.billingProfiles, core.transactions);
    private final GetBillingProfileService getProfile = new GetBillingProfileService(core.access,
            core.billingProfiles, TestCore.SELLER.country());
    private final ListInvoicesService listInvoices = new ListInvoicesService(core.access, core.invoices);
    private final GetInvoiceService getInvoice = new GetInvoiceService(core.access, core.invoices);

    private Invoice invoiceOf(PurchaseReceipt receipt) {
        return core.invoices.findByPayment(receipt.paymentId()).orElseThrow();
    }

    private void profile(String name, String address, String country, String vatId) {
        saveProfile.save(SaveBillingProfileCommand.of(core.owner, ACME, name, address, country, vatId));
    }

    @Test
    void a_team_without_profile_is_invoiced_by_its_name_at_the_sellers_rate() {
        PurchaseReceipt receipt = core.buy(core.owner, ACME, "ram", 2);
        assertThat(core.invoices.findByPayment(receipt.paymentId())).as("no invoice before payment").isEmpty();

        core.pay(receipt);

        Invoice invoice = invoiceOf(receipt);
        int year = LocalDate.ofInstant(TestCore.START, ZoneOffset.UTC).getYear();
        assertThat(invoice.number()).isEqualTo(new DocumentNumber(DocumentNumber.Kind.INVOICE, year, 1));
        assertThat(invoice.issueDate()).isEqualTo(LocalDate.ofInstant(TestCore.START, ZoneOffset.UTC));
        assertThat(invoice.buyer().name()).isEqualTo("ACME");
        assertThat(invoice.buyer().hasAddress()).isFalse();
        assertThat(invoice.buyer().country().value()).isEqualTo("FR");
        assertThat(invoice.seller()).isEqualTo(TestCore.SELLER);
        assertThat(invoice.vat().treatment()).isEqualTo(VatTreatment.STANDARD);
        assertThat(invoice.vat().ratePercent()).isEqualByComparingTo("20");
        assertThat(invoice.net().sameAs(receipt.amount())).isTrue();
        assertThat(invoice.vatAmount().sameAs(receipt.amount().percent(new BigDecimal("20")))).isTrue();
        assertThat(invoice.gross().sameAs(invoice.net().plus(invoice.vatAmount()))).isTrue();

        InvoiceLine line = invoice.lines().get(0);
        AdditionalResource addOn = core.resources.findById(receipt.resourceId()).orElseThrow();
        assertThat(line.quantity()).isEqualTo(2);
        assertThat(line.unitPrice().sameAs(addOn.unitPrice())).isTrue();
        assertThat(line.description()).isEqualTo("ram add-on " + receipt.resourceId().value());
        assertThat(line.periodStart()).isEqualTo(LocalDate.of(2025, 1, 25));
        assertThat(line.periodEnd()).isEqualTo(LocalDate.ofInstant(addOn.expiresAt().orElseThrow(),
                ZoneOffset.UTC));
    }

    @Test
    void the_buyer_is_the_profile_and_an_eu_business_abroad_pays_by_reverse_charge() {
        profile("Acme GmbH", "Hauptstraße 1\n10115 Berlin", "de", "DE 123 456 789");
        PurchaseReceipt receipt = core.buy(core.owner, ACME, "cpu", 1);
        core.pay(receipt);

        Invoice invoice = invoiceOf(receipt);
        assertThat(invoice.buyer().name()).isEqualTo("Acme GmbH");
        assertThat(invoice.buyer().vatId().orElseThrow().value()).isEqualTo("DE123456789");
        assertThat(invoice.vat().treatment()).isEqualTo(VatTreatment.REVERSE_CHARGE);
        assertThat(invoice.vatAmount().isZero()).isTrue();
        assertThat(invoice.gross().sameAs(receipt.amount())).isTrue();
    }

    @Test
    void a_consumer_elsewhere_in_the_eu_pays_their_countrys_rate_and_a_buyer_outside_none() {
        profile("Jan Peeters", "Grote Markt 1\n1000 Brussel", "BE", null);
        PurchaseReceipt belgian = core.buy(core.owner, ACME, "ram", 1);
        core.pay(belgian);
        assertThat(invoiceOf(belgian).vat().ratePercent()).isEqualByComparingTo("21");

        profile("Acme Inc.", "1 Main Street\nSpringfield", "US", "");
        PurchaseReceipt american = core.buy(core.owner, ACME, "ram", 1);
        core.pay(american);
        Invoice invoice = invoiceOf(american);
        assertThat(invoice.vat().treatment()).isEqualTo(VatTreatment.OUTSIDE_EU);
        assertThat(invoice.vatAmount().isZero()).isTrue();
        assertThat(invoiceOf(belgian).buyer().name()).as("an issued invoice keeps its buyer").isEqualTo("Jan Peeters");
        assertThat(invoice.number().sequence()).isEqualTo(2);
    }

    @Test
    void a_replayed_completion_issues_nothing() {
        PurchaseReceipt receipt = core.buy(core.owner, ACME, "ram", 1);
        ConfirmPaymentCommand completion = new ConfirmPaymentCommand(core.gateway.provider(), "evt_1",
                receipt.paymentId(), receipt.amount());
        assertThat(core.confirmPayment.confirm(completion)).isEqualTo(PaymentOutcome.APPLIED);
        assertThat(core.confirmPayment.confirm(completion)).isEqualTo(PaymentOutcome.DUPLICATE_EVENT);
        assertThat(core.confirmPayment.confirm(new ConfirmPaymentCommand(core.gateway.provider(), "evt_2",
                receipt.paymentId(), receipt.amount()))).isEqualTo(PaymentOutcome.ALREADY_SETTLED);

        assertThat(listInvoices.list(new ListInvoicesQuery(core.owner, ACME, 50, Optional.empty())).invoices())
                .hasSize(1);
    }

    @Test
    void a_failed_payment_issues_nothing() {
        PurchaseReceipt receipt = core.buy(core.owner, ACME, "ram", 1);
        core.failPayment.fail(new com.servelink.application.port.in.billing.FailPaymentUseCase.FailPaymentCommand(
                core.gateway.provider(), "evt_f", receipt.paymentId()));
        assertThat(core.invoices.findByPayment(receipt.paymentId())).isEmpty();
    }

    @Test
    void a_renewal_is_invoiced_for_the_thirty_days_after_the_expiry_it_renews() {
        PurchaseReceipt receipt = core.buy(core.owner, ACME, "ram", 2);
        core.pay(receipt);
        new SetAutoRenewService(core.access, core.resources, core.transactions)
                .setAutoRenew(new SetAutoRenewCommand(core.owner, ACME, receipt.resourceId(), true));
        var expiry = core.resources.findById(receipt.resourceId()).orElseThrow().expiresAt().orElseThrow();
        core.clock.set(expiry.minus(Duration.ofMinutes(30)));
        RenewAddOnsService renew = new RenewAddOnsService(core.resources, core.payments, core.gateway,
                core.confirmPayment, core.failPayment, core.transactions, core.ids, core.clock);

        assertThat(renew.renewDue()).isEqualTo(1);
        assertThat(renew.renewDue()).as("a second run renews and invoices nothing").isZero();

        List<Invoice> invoices = listInvoices.list(new ListInvoicesQuery(core.member, ACME, 50, Optional.empty()))
                .invoices();
        assertThat(invoices).hasSize(2);
        Invoice renewal = invoices.get(0);
        assertThat(renewal.number().sequence()).isEqualTo(2);
        assertThat(renewal.paymentId()).isNotEqualTo(receipt.paymentId());
        InvoiceLine line = renewal.lines().get(0);
        assertThat(line.periodStart()).isEqualTo(LocalDate.ofInstant(expiry, ZoneOffset.UTC));
        assertThat(line.periodEnd()).isEqualTo(LocalDate.ofInstant(expiry.plus(AdditionalResource.VALIDITY),
                ZoneOffset.UTC));
    }

    @Test
    void invoices_are_listed_latest_first_a_page_at_a_time_and_shown_only_to_their_team() {
        List<PurchaseReceipt> receipts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            PurchaseReceipt receipt = core.buy(core.owner, ACME, "ram", 1);
            core.pay(receipt);
            receipts.add(receipt);
        }
        var first = listInvoices.list(new ListInvoicesQuery(core.member, ACME, 2, Optional.empty()));
        assertThat(first.invoices()).extracting(i -> i.number().sequence()).containsExactly(5L, 4L);
        var second = listInvoices.list(new ListInvoicesQuery(core.member, ACME, 2, first.nextCursor()));
        assertThat(second.invoices()).extracting(i -> i.number().sequence()).containsExactly(3L, 2L);
        var last = listInvoices.list(new ListInvoicesQuery(core.member, ACME, 2, second.nextCursor()));
        assertThat(last.invoices()).extracting(i -> i.number().sequence()).containsExactly(1L);
        assertThat(last.nextCursor()).isEmpty();

        refusedFields(() -> listInvoices.list(new ListInvoicesQuery(core.member, ACME, 2, Optional.of("garbage"))),
                "cursor");
        refusedFields(() -> new ListInvoicesQuery(core.member, ACME, 101, Optional.empty()), "limit");
        refusedFields(() -> new ListInvoicesQuery(core.member, ACME, 0, Optional.empty()), "limit");

        String number = invoiceOf(receipts.get(0)).number().toString();
        assertThat(getInvoice.get(new GetInvoiceQuery(core.member, ACME, number)).invoice().paymentId())
                .isEqualTo(receipts.get(0).paymentId());
        refused(() -> getInvoice.get(new GetInvoiceQuery(core.rivalOwner, RIVAL, number)), ErrorCode.NOT_FOUND);
        refused(() -> getInvoice.get(new GetInvoiceQuery(core.rivalOwner, ACME, number)), ErrorCode.NOT_FOUND);
        refused(() -> getInvoice.get(new GetInvoiceQuery(core.member, ACME, "SL-AV-2025-000001")),
                ErrorCode.NOT_FOUND);
        refused(() -> getInvoice.get(new GetInvoiceQuery(core.member, ACME, "nonsense")), ErrorCode.NOT_FOUND);
    }

    @Test
    void the_profile_is_read_by_members_and_replaced_by_owners_and_admins_only() {
        var fallback = getProfile.get(new GetBillingProfileQuery(core.member, ACME));
        assertThat(fallback.configured()).isFalse();
        assertThat(fallback.buyer().name()).isEqualTo("ACME");

        refused(() -> saveProfile.save(SaveBillingProfileCommand.of(core.member, ACME, "Acme", "1 rue", "FR", null)),
                ErrorCode.FORBIDDEN);
        saveProfile.save(SaveBillingProfileCommand.of(core.admin, ACME, " Acme SARL ", "1 rue de la Paix", "FR",
                "FR40303265045"));
        var saved = getProfile.get(new GetBillingProfileQuery(core.member, ACME));
        assertThat(saved.configured()).isTrue();
        assertThat(saved.buyer().name()).isEqualTo("Acme SARL");
        refused(() -> getProfile.get(new GetBillingProfileQuery(core.rivalOwner, ACME)), ErrorCode.NOT_FOUND);
    }

    @Test
    void a_bad_profile_is_refused_naming_each_field() {
        refusedFields(() -> SaveBillingProfileCommand.of(core.owner, ACME, null, "", "XX", "FR123"),
                "name", "address", "country", "vat_id");
        refusedFields(() -> SaveBillingProfileCommand.of(core.owner, ACME, "Acme", "1 rue", "FR", "DE123456789"),
                "vat_id");
        refusedFields(() -> SaveBillingProfileCommand.of(core.owner, ACME, "x".repeat(201), "1 rue", null, null),
                "name", "country");
        refusedFields(() -> SaveBillingProfileCommand.of(core.owner, ACME, "Acme", "a".repeat(501), "FR", null),
                "address");
    }
}
