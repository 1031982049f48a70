package com.servelink.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.servelink.bootstrap.e2e.RunningServer.Reply;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.servelink.bootstrap.e2e.Replies.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18's invoices end to end: the billing profile (who reads, who changes, what is refused),
 * an invoice issued by every completed payment and by nothing else (a replayed webhook issues
 * none), the list's pagination contract, the JSON, and the PDF read back with PDFBox.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class InvoicesApiTest extends DemoServerFixture {
    private static final String PROFILE = "/api/teams/my-team/billing-profile";
    private static final String INVOICES = "/api/teams/my-team/invoices";
    private static final String GERMAN_BUSINESS = "{\"name\":\"Acme GmbH\",\"address\":\"Hauptstraße 1\\n10115 Berlin\","
            + "\"country\":\"de\",\"vat_id\":\"DE 123 456 789\"}";

    private void problem(Reply reply, int status, String... fields) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        if (fields.length > 0) {
            assertThat(reply.json().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder(fields);
        }
    }

    /** A purchase paid on the sandbox's checkout page: its payment id. */
    private String paidPurchase(String type, int quantity) {
        JsonNode purchase = ok(server.post("/api/resources/my-team/purchase", owner,
                "{\"resource_type\":\"" + type + "\",\"quantity\":" + quantity + "}"), 201);
        String paymentId = purchase.path("payment_id").asText();
        Reply paid = server.send(server.request("/sandbox/checkout/" + paymentId + "/pay")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(paid.status()).isEqualTo(200);
        return paymentId;
    }

    private List<JsonNode> allInvoices() {
        List<JsonNode> all = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = ok(server.get(INVOICES + "?limit=100" + (cursor == null ? "" : "&cursor=" + cursor),
                    member), 200);
            page.path("invoices").forEach(all::add);
            cursor = page.path("next_cursor").isNull() ? null : page.path("next_cursor").asText();
        } while (cursor != null);
        return all;
    }

    private List<JsonNode> invoicesOf(String paymentId) {
        return allInvoices().stream().filter(i -> i.path("payment_id").asText().equals(paymentId)).toList();
    }

    @Test
    @Order(1)
    void without_a_profile_the_team_is_invoiced_by_its_name_at_the_sellers_rate() {
        JsonNode profile = ok(server.get(PROFILE, member), 200);
        assertThat(profile.path("configured").asBoolean()).isFalse();
        assertThat(profile.path("address").asText()).isEmpty();
        assertThat(profile.path("country").asText()).isEqualTo("FR");

        String paymentId = paidPurchase("ram", 2);
        List<JsonNode> invoices = invoicesOf(paymentId);
        assertThat(invoices).hasSize(1);
        JsonNode invoice = ok(server.get(INVOICES + "/" + invoices.get(0).path("number").asText(), member), 200);
        assertThat(invoice.path("number").asText()).matches("SL-" + LocalDate.now(ZoneOffset.UTC).getYear()
                + "-\\d{6}");
        assertThat(invoice.path("buyer").path("name").asText()).isEqualTo(profile.path("name").asText());
        assertThat(invoice.path("vat_treatment").asText()).isEqualTo("standard");
        assertThat(invoice.path("vat_rate").decimalValue()).isEqualByComparingTo("20");
        assertThat(invoice.path("net").decimalValue()).isEqualByComparingTo("2.00");
        assertThat(invoice.path("vat_amount").decimalValue()).isEqualByComparingTo("0.40");
        assertThat(invoice.path("gross").decimalValue()).isEqualByComparingTo("2.40");
        assertThat(invoice.path("currency").asText()).isEqualTo("EUR");
        assertThat(invoice.path("vat_mention").isNull()).isTrue();
        JsonNode line = invoice.path("lines").path(0);
        assertThat(line.path("quantity").asInt()).isEqualTo(2);
        assertThat(line.path("unit_price").decimalValue()).isEqualByComparingTo("1.00");
        assertThat(line.path("resource").asText()).startsWith("ram add-on res_");
        assertThat(LocalDate.parse(line.path("period").path("end").asText()))
                .isEqualTo(LocalDate.parse(line.path("period").path("start").asText()).plusDays(30));
        assertThat(invoice.path("credit_notes").isArray()).isTrue();
    }

    @Test
    @Order(2)
    void the_profile_is_changed_by_owners_and_admins_only_and_bad_fields_are_named() {
        problem(server.put(PROFILE, member, GERMAN_BUSINESS), 403);
        problem(server.put(PROFILE, owner, "{}"), 422, "name", "address", "country");
        problem(server.put(PROFILE, owner, ""), 400);
        problem(server.put(PROFILE, owner, "{\"name\":1,\"address\":\"x\",\"country\":\"FR\"}"), 422, "name");
        problem(server.put(PROFILE, owner, "{\"name\":\"A\",\"address\":\"x\",\"country\":\"XX\"}"), 422, "country");
        problem(server.put(PROFILE, owner, "{\"name\":\"A\",\"address\":\"x\",\"country\":\"FR\",\"vat_id\":\"FR123\"}"),
                422, "vat_id");
        problem(server.put(PROFILE, owner, "{\"name\":\"A\",\"address\":\"x\",\"country\":\"FR\","
                + "\"vat_id\":\"DE123456789\"}"), 422, "vat_id");
        problem(server.put(PROFILE, owner, "{\"name\":\"" + "n".repeat(201) + "\",\"address\":\"x\",\"country\":\"FR\"}"),
                422, "name");
        problem(server.put(PROFILE, owner, "{\"name\":\"A\",\"address\":\"" + "a".repeat(501) + "\",\"country\":\"FR\"}"),
                422, "address");
        assertThat(ok(server.get(PROFILE, member), 200).path("configured").asBoolean()).as("nothing changed").isFalse();

        JsonNode saved = ok(server.put(PROFILE, owner, GERMAN_BUSINESS), 200);
        assertThat(saved.path("country").asText()).isEqualTo("DE");
        assertThat(saved.path("vat_id").asText()).isEqualTo("DE123456789");
        JsonNode read = ok(server.get(PROFILE, member), 200);
        assertThat(read.path("configured").asBoolean()).isTrue();
        assertThat(read.path("name").asText()).isEqualTo("Acme GmbH");
        assertThat(read.path("address").asText()).isEqualTo("Hauptstraße 1\n10115 Berlin");
    }

    @Test
    @Order(3)
    void an_eu_business_abroad_is_invoiced_by_reverse_charge_and_its_pdf_says_so() throws IOException {
        ok(server.put(PROFILE, owner, GERMAN_BUSINESS), 200);
        String paymentId = paidPurchase("cpu", 1);
        String number = invoicesOf(paymentId).get(0).path("number").asText();

        JsonNode invoice = ok(server.send(RunningServer.authorised(server.request(INVOICES + "/" + number), member)
                .header("Accept-Language", "en").GET().build()), 200);
        assertThat(invoice.path("vat_treatment").asText()).isEqualTo("reverse_charge");
        assertThat(invoice.path("vat_amount").decimalValue()).isEqualByComparingTo("0");
        assertThat(invoice.path("gross").decimalValue()).isEqualByComparingTo(invoice.path("net").decimalValue());
        assertThat(invoice.path("vat_mention").asText()).startsWith("Reverse charge");
        assertThat(invoice.path("buyer").path("vat_id").asText()).isEqualTo("DE123456789");
        assertThat(invoice.path("pdf_url").asText()).isEqualTo(INVOICES + "/" + number + ".pdf");

        Reply pdf = server.get(INVOICES + "/" + number + ".pdf?lang=en", member);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.response().body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("[\\s\u00a0\u202f]+", " ");
            String net = "€" + invoice.path("net").decimalValue().setScale(2).toPlainString();
            assertThat(text).contains("Invoice " + number, "Acme GmbH", "Hauptstraße 1", "DE123456789",
                    "Total net " + net, "VAT (0%) €0.00", "Total gross " + net,
                    "Reverse charge: VAT to be accounted for by the recipient");
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    assertThat(page.getResources().getFont(name).isEmbedded()).as(name.getName()).isTrue();
                }
            }
        }
        Reply french = server.get(INVOICES + "/" + number + ".pdf?lang=fr", member);
        try (PDDocument document = Loader.loadPDF(french.response().body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Facture " + number, "Autoliquidation");
        }
        problem(server.get(INVOICES + "/" + number + ".pdf?lang=de", member), 422, "lang");
    }

    @Test
    @Order(4)
    void a_replayed_completion_issues_no_second_invoice() {
        JsonNode purchase = ok(server.post("/api/resources/my-team/purchase", owner,
                "{\"resource_type\":\"storage\",\"quantity\":1}"), 201);
        String paymentId = purchase.path("payment_id").asText();
        String amount = purchase.path("amount").decimalValue().toPlainString();
        String body = "{\"id\":\"evt_" + UUID.randomUUID() + "\",\"type\":\"payment.completed\",\"data\":{"
                + "\"payment_id\":\"" + paymentId + "\",\"amount\":" + amount + ",\"currency\":\"EUR\"}}";
        long now = System.currentTimeMillis() / 1000;
        assertThat(server.postSandboxWebhook(body, server.sandboxSignature(body, now)).status()).isEqualTo(200);
        assertThat(server.postSandboxWebhook(body, server.sandboxSignature(body, now)).status()).isEqualTo(200);
        String another = body.replaceFirst("evt_[0-9a-f-]+", "evt_" + UUID.randomUUID());
        assertThat(server.postSandboxWebhook(another, server.sandboxSignature(another, now)).status()).isEqualTo(200);

        assertThat(invoicesOf(paymentId)).hasSize(1);
    }

    @Test
    @Order(5)
    void the_list_follows_the_tickets_pagination_contract_and_numbers_have_no_gap() {
        paidPurchase("traffic", 1);
        paidPurchase("traffic", 2);
        problem(server.get(INVOICES + "?limit=0", member), 422, "limit");
        problem(server.get(INVOICES + "?limit=101", member), 422, "limit");
        problem(server.get(INVOICES + "?limit=abc", member), 422, "limit");
        problem(server.get(INVOICES + "?cursor=bm90LW91cnM", member), 422, "cursor");

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = ok(server.get(INVOICES + "?limit=2" + (cursor == null ? "" : "&cursor=" + cursor),
                    member), 200);
            assertThat(page.path("invoices").size()).isLessThanOrEqualTo(2);
            page.path("invoices").forEach(i -> seen.add(i.path("number").asText()));
            cursor = page.path("next_cursor").isNull() ? null : page.path("next_cursor").asText();
        } while (cursor != null);
        assertThat(seen).hasSizeGreaterThanOrEqualTo(5).doesNotHaveDuplicates();
        assertThat(seen).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        Set<Long> sequences = new HashSet<>();
        seen.forEach(n -> sequences.add(Long.parseLong(n.substring(n.lastIndexOf('-') + 1))));
        long max = sequences.stream().mapToLong(Long::longValue).max().orElseThrow();
        assertThat(sequences).as("this year's numbers have no gap").hasSize((int) max);
        assertThat(ok(server.get(INVOICES, member), 200).path("next_cursor").isNull()).isTrue();
    }

    @Test
    @Order(6)
    void unknown_or_malformed_numbers_are_not_found() {
        problem(server.get(INVOICES + "/SL-2000-000001", member), 404);
        problem(server.get(INVOICES + "/SL-2000-000001.pdf", member), 404);
        problem(server.get(INVOICES + "/SL-AV-2026-000001", member), 404);
        problem(server.get(INVOICES + "/nonsense", member), 404);
        problem(server.get(INVOICES, null), 401);
        problem(server.get("/api/teams/no-such-team/invoices", member), 404);
    }
}
