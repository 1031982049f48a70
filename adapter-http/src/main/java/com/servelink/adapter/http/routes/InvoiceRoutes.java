package com.servelink.adapter.http.routes;

import com.servelink.adapter.http.json.JsonBody;
import com.servelink.adapter.http.web.InvoicePdf;
import com.servelink.adapter.http.server.Access;
import com.servelink.adapter.http.server.Call;
import com.servelink.adapter.http.server.InvoiceUseCases;
import com.servelink.adapter.http.server.QueryParameters;
import com.servelink.adapter.http.server.Reply;
import com.servelink.adapter.http.server.Route;
import com.servelink.adapter.http.view.InvoiceViews.BillingProfileJson;
import com.servelink.adapter.http.view.InvoiceViews.InvoiceJson;
import com.servelink.adapter.http.view.InvoiceViews.InvoiceListJson;
import com.servelink.adapter.http.view.InvoiceViews.InvoiceSummaryJson;
import com.servelink.application.port.in.invoicing.GetBillingProfileUseCase.GetBillingProfileQuery;
import com.servelink.application.port.in.invoicing.GetInvoiceUseCase.GetInvoiceQuery;
import com.servelink.application.port.in.invoicing.ListInvoicesUseCase;
import com.servelink.application.port.in.invoicing.ListInvoicesUseCase.ListInvoicesQuery;
import com.servelink.application.port.in.invoicing.SaveBillingProfileUseCase.SaveBillingProfileCommand;
import com.servelink.domain.catalog.Language;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.team.TeamSlug;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A team's invoices and billing profile (issue 18). An invoice is one route for its JSON and its
 * PDF: {@code …/invoices/SL-2026-000123} answers JSON, {@code …/invoices/SL-2026-000123.pdf} the
 * document (the router matches whole segments; decision 253). The PDF's language is {@code ?lang=}
 * ({@code fr} or {@code en}), else the request's {@code Accept-Language}, else French.
 */
public final class InvoiceRoutes {
    private static final String PDF_SUFFIX = ".pdf";
    private final InvoiceUseCases useCases;

    public InvoiceRoutes(InvoiceUseCases useCases) {
        this.useCases = useCases;
    }

    public List<Route> routes() {
        return List.of(
                new Route("GET", "/api/teams/{team_slug}/billing-profile", Access.USER, this::profile),
                new Route("PUT", "/api/teams/{team_slug}/billing-profile", Access.USER, this::saveProfile),
                new Route("GET", "/api/teams/{team_slug}/invoices", Access.USER, this::list),
                new Route("GET", "/api/teams/{team_slug}/invoices/{number}", Access.USER, this::get));
    }

    private Reply profile(Call call) {
        return Reply.ok(BillingProfileJson.of(useCases.billingProfile().get(new GetBillingProfileQuery(call.actor(),
                call.team()))));
    }

    private Reply saveProfile(Call call) {
        TeamSlug team = call.team();
        JsonBody body = call.json();
        String name = body.text("name");
        String address = body.text("address");
        String country = body.text("country");
        String vatId = body.text("vat_id");
        body.requireValid();
        var saved = useCases.saveBillingProfile().save(SaveBillingProfileCommand.of(call.actor(), team, name, address,
                country, vatId));
        return Reply.ok(BillingProfileJson.of(saved, true));
    }

    private Reply list(Call call) {
        TeamSlug team = call.team();
        var page = useCases.listInvoices().list(new ListInvoicesQuery(call.actor(), team,
                QueryParameters.limit(call, ListInvoicesUseCase.DEFAULT_LIMIT, ListInvoicesUseCase.MAX_LIMIT),
                call.query("cursor").filter(c -> !c.isEmpty())));
        return Reply.ok(new InvoiceListJson(page.invoices().stream()
                .map(invoice -> InvoiceSummaryJson.of(team.value(), invoice)).toList(), page.nextCursor().orElse(null)));
    }

    private Reply get(Call call) {
        TeamSlug team = call.team();
        String number = call.path("number");
        boolean pdf = number.endsWith(PDF_SUFFIX);
        Language language = language(call);
        var document = useCases.getInvoice().get(new GetInvoiceQuery(call.actor(), team,
                pdf ? number.substring(0, number.length() - PDF_SUFFIX.length()) : number));
        if (!pdf) {
            return Reply.ok(InvoiceJson.of(team.value(), document, language));
        }
        String file = document.invoice().number() + ".pdf";
        return new Reply(200, InvoicePdf.CONTENT_TYPE, InvoicePdf.render(document, language),
                Map.of("Content-Disposition", "inline; filename=\"" + file + "\""));
    }

    /** {@code ?lang=fr|en}, else the request's {@code Accept-Language}; another value is a 422 naming {@code lang}. */
    static Language language(Call call) {
        Optional<String> lang = call.query("lang").filter(value -> !value.isEmpty());
        if (lang.isEmpty()) {
            return call.language();
        }
        return switch (lang.get().toLowerCase(Locale.ROOT)) {
            case "fr" -> Language.FR;
            case "en" -> Language.EN;
            default -> throw DomainException.invalidField("lang", "must be fr or en");
        };
    }
}
