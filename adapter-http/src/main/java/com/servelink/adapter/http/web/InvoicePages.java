package com.servelink.adapter.http.web;

import com.servelink.adapter.http.error.Problems;
import com.servelink.adapter.http.server.InvoiceUseCases;
import com.servelink.adapter.http.server.Reply;
import com.servelink.adapter.http.server.Route;
import com.servelink.adapter.http.web.view.FormState;
import com.servelink.adapter.http.web.view.InvoicesView;
import com.servelink.application.port.in.invoicing.GetBillingProfileUseCase.GetBillingProfileQuery;
import com.servelink.application.port.in.invoicing.GetInvoiceUseCase.GetInvoiceQuery;
import com.servelink.application.port.in.invoicing.ListInvoicesUseCase;
import com.servelink.application.port.in.invoicing.ListInvoicesUseCase.ListInvoicesQuery;
import com.servelink.application.port.in.invoicing.SaveBillingProfileUseCase.SaveBillingProfileCommand;
import com.servelink.application.port.in.team.GetTeamOverviewUseCase.GetTeamOverviewQuery;
import com.servelink.application.port.in.team.TeamOverview;
import com.servelink.domain.catalog.Language;
import com.servelink.domain.invoicing.BillingParty;
import com.servelink.domain.invoicing.CreditNote;
import com.servelink.domain.invoicing.Invoice;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.team.TeamSlug;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The team's invoices page: its invoices, latest first, with their PDFs (downloaded through the
 * session, as the API's {@code …/invoices/{number}.pdf} through a token), and its billing profile
 * with the form owners and admins change it with. The same use cases as the API's routes.
 */
final class InvoicePages {
    private static final String PDF = ".pdf";
    private static final List<String> FIELDS = List.of("name", "address", "country", "vat_id");

    private final InvoiceUseCases invoices;
    private final WebUseCases web;
    private final Pages pages;

    InvoicePages(InvoiceUseCases invoices, WebUseCases web, Pages pages) {
        this.invoices = invoices;
        this.web = web;
        this.pages = pages;
    }

    List<Route> routes() {
        return List.of(
                pages.page("/teams/{team_slug}/invoices", call -> page(call, 200, Optional.empty())),
                pages.page("/teams/{team_slug}/invoices/{number}", this::pdf),
                pages.action("/teams/{team_slug}/invoices/billing-profile", this::saveProfile));
    }

    private Reply page(PageCall call, int status, Optional<FormState> refused) {
        TeamSlug slug = call.http().team();
        TeamOverview overview = web.teamOverview().overview(new GetTeamOverviewQuery(call.actor(), slug));
        Optional<String> cursor = call.http().query("cursor").filter(c -> !c.isEmpty());
        var page = invoices.listInvoices().list(new ListInvoicesQuery(call.actor(), slug,
                ListInvoicesUseCase.DEFAULT_LIMIT, cursor));
        Formats f = call.formats();
        String base = "/teams/" + slug.value() + "/invoices";
        List<InvoicesView.Row> rows = page.invoices().stream()
                .map(invoice -> row(f, base, invoice, page.creditNotesOf(invoice))).toList();
        var profile = invoices.billingProfile().get(new GetBillingProfileQuery(call.actor(), slug));
        BillingParty party = profile.buyer();
        Locale locale = call.t().language() == Language.EN ? Locale.UK : Locale.FRANCE;
        var shown = new InvoicesView.Profile(profile.configured(), party.name(),
                party.address().lines().filter(l -> !l.isBlank()).toList(),
                new Locale("", party.country().value()).getDisplayCountry(locale),
                party.vatId().map(Object::toString).orElse(null));
        FormState form = refused.orElseGet(() -> FormStates.values(profile.configured() ? Map.of("name", party.name(),
                "address", party.address(), "country", party.country().value(),
                "vat_id", party.vatId().map(Object::toString).orElse("")) : Map.of()));
        String notice = call.http().query("notice").filter("profile_saved"::equals)
                .map(n -> call.t().get("invoices.profile.saved")).orElse(null);
        var view = new InvoicesView(call.chrome(call.t().get("invoices.title", overview.team().name()),
                TeamNav.of(call.t(), slug.value(), TeamNav.Section.INVOICES)), new Labels(call.t()).team(overview),
                rows, page.nextCursor().map(next -> base + "?cursor=" + next).orElse(null), shown,
                overview.mayManageBilling() ? base + "/billing-profile" : null, form, notice);
        return pages.html(status, "invoices.jte", view);
    }

    private static InvoicesView.Row row(Formats f, String base, Invoice invoice, List<CreditNote> notes) {
        String pdf = base + "/" + invoice.number() + PDF;
        List<InvoicesView.Credit> credits = notes.stream().map(note -> new InvoicesView.Credit(
                note.number().toString(), f.date(note.issueDate()), note.issueDate().toString(),
                f.money(note.net().negated()), f.money(note.vatAmount().negated()),
                f.money(note.gross().negated()))).toList();
        return new InvoicesView.Row(invoice.number().toString(), f.date(invoice.issueDate()),
                invoice.issueDate().toString(), f.money(invoice.net()), f.money(invoice.vatAmount()),
                f.money(invoice.gross()), pdf + "?lang=fr", pdf + "?lang=en", credits);
    }

    /** {@code …/invoices/SL-2026-000123.pdf}: the PDF, in {@code ?lang=} or the page's language. */
    private Reply pdf(PageCall call) {
        TeamSlug slug = call.http().team();
        String number = call.http().path("number");
        if (!number.endsWith(PDF)) {
            throw DomainException.notFound("invoice " + number);
        }
        Language language = switch (call.http().query("lang").orElse("")) {
            case "fr" -> Language.FR;
            case "en" -> Language.EN;
            default -> call.t().language();
        };
        var document = invoices.getInvoice().get(new GetInvoiceQuery(call.actor(), slug,
                number.substring(0, number.length() - PDF.length())));
        return new Reply(200, InvoicePdf.CONTENT_TYPE, InvoicePdf.render(document, language),
                Map.of("Content-Disposition", "attachment; filename=\"" + document.invoice().number() + PDF + "\""));
    }

    private Reply saveProfile(PageCall call) {
        TeamSlug slug = call.http().team();
        var form = call.form();
        Map<String, String> typed = new LinkedHashMap<>();
        FIELDS.forEach(field -> typed.put(field, form.raw(field) == null ? "" : form.raw(field)));
        try {
            invoices.saveBillingProfile().save(SaveBillingProfileCommand.of(call.actor(), slug,
                    form.field("name").orElse(null), form.field("address").map(a -> a.replace("\r\n", "\n"))
                            .orElse(null), form.field("country").orElse(null), form.field("vat_id").orElse(null)));
            return Pages.redirect("/teams/" + slug.value() + "/invoices?notice=profile_saved");
        } catch (DomainException refusal) {
            if (refusal.code() == ErrorCode.NOT_FOUND) {
                throw refusal;
            }
            return page(call, Problems.status(refusal.code()), Optional.of(FormStates.refused(typed, refusal, FIELDS)));
        }
    }
}
