package com.servelink.adapter.http.web;

import com.servelink.application.port.in.paging.PageRequest;
import com.servelink.adapter.http.error.Problems;
import com.servelink.adapter.http.server.Reply;
import com.servelink.adapter.http.server.Route;
import com.servelink.adapter.http.server.UsageUseCases;
import com.servelink.adapter.http.server.UseCases;
import com.servelink.adapter.http.web.view.AddOnsView;
import com.servelink.adapter.http.web.view.CancelView;
import com.servelink.adapter.http.web.view.FormState;
import com.servelink.application.port.in.billing.CancelAddOnUseCase.CancelAddOnCommand;
import com.servelink.application.port.in.billing.SetAutoRenewUseCase.SetAutoRenewCommand;
import com.servelink.application.port.in.billing.GetTeamLimitsUseCase.GetTeamLimitsQuery;
import com.servelink.application.port.in.billing.ListAddOnOffersUseCase.ListAddOnOffersQuery;
import com.servelink.application.port.in.billing.ListTeamResourcesUseCase.ListTeamResourcesQuery;
import com.servelink.application.port.in.billing.PreviewCancellationUseCase.CancellationPreview;
import com.servelink.application.port.in.billing.PreviewCancellationUseCase.PreviewCancellationQuery;
import com.servelink.application.port.in.billing.PurchaseAddOnUseCase.PurchaseAddOnCommand;
import com.servelink.application.port.in.team.GetTeamOverviewUseCase.GetTeamOverviewQuery;
import com.servelink.application.port.in.team.TeamOverview;
import com.servelink.domain.billing.AdditionalResource;
import com.servelink.domain.billing.Quantity;
import com.servelink.domain.billing.ResourceId;
import com.servelink.domain.billing.ResourceStatus;
import com.servelink.domain.billing.TeamLimits;
import com.servelink.domain.catalog.AddOnOffer;
import com.servelink.domain.catalog.ResourceType;
import com.servelink.domain.platform.LimitCliff;
import com.servelink.domain.platform.UsageMetric;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.team.TeamSlug;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The add-ons settings page (seed §4.1): the offers and their prices, the team's active and
 * pending resources with their expiry, the limits (plan + add-ons), buying (→ the provider's
 * payment page) and cancelling after a confirmation step that shows what the cancellation would
 * do to this month (the limit cliff). Every figure and every permission comes from the same use
 * cases as {@code /api/resources/…}. The dashboard's "add" links open the page with
 * {@code ?type=…&quantity=…}, which preselects that offer and fills its quantity in.
 */
final class AddOnPages {
    private final UseCases useCases;
    private final UsageUseCases usage;
    private final WebUseCases web;
    private final Pages pages;

    AddOnPages(UseCases useCases, UsageUseCases usage, WebUseCases web, Pages pages) {
        this.useCases = useCases;
        this.usage = usage;
        this.web = web;
        this.pages = pages;
    }

    List<Route> routes() {
        return List.of(
                pages.page("/teams/{team_slug}/addons", call -> page(call, 200, suggested(call))),
                pages.action("/teams/{team_slug}/addons/purchase", this::purchase),
                pages.page("/teams/{team_slug}/addons/{resource_id}/cancel", this::confirmCancel),
                pages.action("/teams/{team_slug}/addons/{resource_id}/cancel", this::cancel),
                pages.action("/teams/{team_slug}/addons/{resource_id}/auto-renew", this::autoRenew));
    }

    private Reply page(PageCall call, int status, FormState form) {
        TeamSlug slug = call.http().team();
        TeamOverview overview = web.teamOverview().overview(new GetTeamOverviewQuery(call.actor(), slug));
        List<AddOnOffer> offers = useCases.listOffers().listOffers(new ListAddOnOffersQuery(call.actor(), slug,
                call.t().language()));
        // the newest 100 add-ons: the page has no "next" link (a team with more uses the API's cursor)
        var resources = useCases.listResources().listResources(new ListTeamResourcesQuery(call.actor(), slug,
                Optional.empty(), PageRequest.of(PageRequest.MAX_LIMIT)));
        TeamLimits limits = useCases.limits().getLimits(new GetTeamLimitsQuery(call.actor(), slug));
        Map<ResourceType, String> names = names(offers);
        Formats f = call.formats();
        var offerRows = offers.stream().map(o -> new AddOnsView.Offer(o.type().code(), o.name(), o.unit(),
                f.money(o.price()), o.description())).toList();
        var resourceRows = resources.resources().stream()
                .filter(r -> r.status().isCancellable())
                .map(r -> resourceRow(call, slug, overview, names, r)).toList();
        String notice = call.http().query("notice")
                .filter(n -> n.equals("cancelled") || n.equals("auto_renew_on") || n.equals("auto_renew_off"))
                .map(n -> call.t().get("addons.notice." + n)).orElse(null);
        var view = new AddOnsView(call.chrome(call.t().get("addons.title", overview.team().name()),
                TeamNav.of(call.t(), slug.value(), TeamNav.Section.ADDONS)),
                new Labels(call.t()).team(overview), offerRows, overview.purchaseRefusal().orElse(null), resourceRows,
                limitRows(call, limits), form, notice, UUID.randomUUID().toString());
        return pages.html(status, "addons.jte", view);
    }

    /**
     * The offer a link asks for ({@code ?type=ram&quantity=2}), preselected with its quantity;
     * a type or quantity that is not one a purchase accepts is ignored, as is a quantity alone.
     */
    private static FormState suggested(PageCall call) {
        Optional<String> type = call.http().query("type").filter(code -> Arrays.stream(ResourceType.values())
                .anyMatch(known -> known.code().equals(code)));
        if (type.isEmpty()) {
            return FormState.EMPTY;
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("resource_type", type.get());
        call.http().query("quantity").filter(q -> q.matches("[0-9]{1,3}")).map(Integer::parseInt)
                .filter(q -> q >= Quantity.MIN && q <= Quantity.MAX)
                .ifPresent(q -> values.put("quantity", Integer.toString(q)));
        return FormStates.values(values);
    }

    private static Map<ResourceType, String> names(List<AddOnOffer> offers) {
        Map<ResourceType, String> names = new EnumMap<>(ResourceType.class);
        offers.forEach(offer -> names.put(offer.type(), offer.name()));
        return names;
    }

    private AddOnsView.Resource resourceRow(PageCall call, TeamSlug slug, TeamOverview overview,
                                            Map<ResourceType, String> names, AdditionalResource r) {
        Formats f = call.formats();
        String cancel = overview.mayManageBilling()
                ? "/teams/" + slug.value() + "/addons/" + r.id().value() + "/cancel" : null;
        boolean running = r.status() == ResourceStatus.PENDING || r.status() == ResourceStatus.ACTIVE;
        String autoRenew = overview.mayManageBilling() && running
                ? "/teams/" + slug.value() + "/addons/" + r.id().value() + "/auto-renew" : null;
        return new AddOnsView.Resource(r.id().value(), names.getOrDefault(r.type(), r.type().code()),
                r.quantity().value(), f.money(r.totalPrice()), new Labels(call.t()).resourceStatus(r.status()),
                r.status().code(), r.expiresAt().map(f::dateTime).orElse(call.t().get("addons.expires.after_payment")),
                r.expiresAt().map(f::iso).orElse(null), cancel, r.autoRenew(), autoRenew);
    }

    private static List<AddOnsView.Limit> limitRows(PageCall call, TeamLimits limits) {
        Formats f = call.formats();
        var t = call.t();
        var plan = limits.planLimits();
        var addOns = limits.additionalResources();
        return List.of(
                new AddOnsView.Limit(t.get("limits.cpu"), f.number(plan.cpuCores()), f.number(addOns.cpuCores()),
                        f.number(limits.cpuCores())),
                new AddOnsView.Limit(t.get("limits.memory"), f.number(plan.memoryMb()), f.number(addOns.ramMb()),
                        f.number(limits.memoryMb())),
                new AddOnsView.Limit(t.get("limits.traffic"), f.number(plan.trafficGb()),
                        f.number(addOns.trafficGb()), f.number(limits.trafficGb())),
                new AddOnsView.Limit(t.get("limits.storage"), f.number(plan.storageMb()),
                        f.number(limits.storageMb() - plan.storageMb()), f.number(limits.storageMb())));
    }

    private Reply purchase(PageCall call) {
        TeamSlug slug = call.http().team();
        var form = call.form();
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("resource_type", form.raw("resource_type") == null ? "" : form.raw("resource_type"));
        typed.put("quantity", form.raw("quantity") == null ? "" : form.raw("quantity"));
        try {
            var command = PurchaseAddOnCommand.of(call.actor(), slug, form.field("resource_type").orElse(null),
                    quantity(form.field("quantity")), form.field("idempotency_key"));
            var receipt = useCases.purchase().purchase(command);
            return Pages.redirect(receipt.paymentUrl());
        } catch (DomainException refusal) {
            if (refusal.code() == ErrorCode.NOT_FOUND) {
                throw refusal;
            }
            return page(call, Problems.status(refusal.code()), FormStates.refused(typed, refusal));
        }
    }

    /** The quantity as typed: not a whole number from the form is refused as the API refuses it. */
    private static Integer quantity(Optional<String> typed) {
        if (typed.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(typed.get().strip()).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw DomainException.invalidField("quantity", "must be an integer from 1 to 100");
        }
    }

    private AdditionalResource resource(PageCall call, TeamSlug slug) {
        ResourceId id = call.http().pathId("resource_id", ResourceId::new);
        Optional<String> cursor = Optional.empty();
        do {
            var page = useCases.listResources().listResources(new ListTeamResourcesQuery(call.actor(), slug,
                    Optional.empty(), new PageRequest(PageRequest.MAX_LIMIT, cursor)));
            Optional<AdditionalResource> found = page.resources().stream().filter(r -> r.id().equals(id)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        throw DomainException.notFound("resource " + id.value());
    }

    private Reply confirmCancel(PageCall call) {
        TeamSlug slug = call.http().team();
        TeamOverview overview = web.teamOverview().overview(new GetTeamOverviewQuery(call.actor(), slug));
        AdditionalResource resource = resource(call, slug);
        var offers = useCases.listOffers().listOffers(new ListAddOnOffersQuery(call.actor(), slug,
                call.t().language()));
        var row = resourceRow(call, slug, overview, names(offers), resource);
        String base = "/teams/" + slug.value() + "/addons";
        return pages.html(200, "cancel.jte", new CancelView(call.chrome(call.t().get("cancel.title"),
                TeamNav.of(call.t(), slug.value(), TeamNav.Section.ADDONS)), new Labels(call.t()).team(overview), row,
                base + "/" + resource.id().value() + "/cancel", base, preview(call, slug, resource.id())));
    }

    /** What the cancellation would do to this month; null when the preview is refused (advice only). */
    private CancelView.Preview preview(PageCall call, TeamSlug slug, ResourceId id) {
        CancellationPreview result;
        try {
            result = usage.previewCancellation().preview(new PreviewCancellationQuery(call.actor(), slug, id));
        } catch (DomainException refused) {
            return null;
        }
        Formats f = call.formats();
        var t = call.t();
        Labels labels = new Labels(t);
        LimitCliff.Preview preview = result.preview();
        UsageMetric own = preview.ownMetric().metric();
        List<CancelView.Impact> impacts = preview.metrics().stream().map(m -> new CancelView.Impact(m.metric().code(),
                labels.metric(m.metric()), labels.unit(m.metric()), f.number(m.used()), f.number(m.need()),
                m.limitBefore().map(f::number).orElse(null), m.limitAfter().map(f::number).orElse(null),
                m.overBefore(), m.overAfter(), m.metric() == own)).toList();
        var before = preview.before();
        var after = preview.after();
        List<CancelView.LimitChange> limits = List.of(
                change(t.get("limits.cpu"), f.number(before.cpuCores()), f.number(after.cpuCores())),
                change(t.get("limits.memory"), f.number(before.memoryMb()), f.number(after.memoryMb())),
                change(t.get("limits.traffic"), f.number(before.trafficGb()), f.number(after.trafficGb())),
                change(t.get("limits.storage"), f.number(before.storageMb()), f.number(after.storageMb())));
        var ownImpact = preview.ownMetric();
        String warning = preview.isCliff() ? t.get("cancel.preview.cliff", labels.metric(own),
                f.number(ownImpact.need()), ownImpact.limitAfter().map(f::number).orElse(""), labels.unit(own)) : null;
        return new CancelView.Preview(f.month(result.month()), preview.isCliff(), warning, limits, impacts);
    }

    private static CancelView.LimitChange change(String label, String now, String after) {
        return new CancelView.LimitChange(label, now, after, !now.equals(after));
    }

    private Reply cancel(PageCall call) {
        TeamSlug slug = call.http().team();
        ResourceId id = call.http().pathId("resource_id", ResourceId::new);
        useCases.cancel().cancel(new CancelAddOnCommand(call.actor(), slug, id));
        return Pages.redirect("/teams/" + slug.value() + "/addons?notice=cancelled");
    }

    /** The switch of the add-ons table: {@code auto_renew=true|false}, the same use case as the API's PATCH. */
    private Reply autoRenew(PageCall call) {
        TeamSlug slug = call.http().team();
        ResourceId id = call.http().pathId("resource_id", ResourceId::new);
        String wanted = call.form().field("auto_renew").orElse("");
        if (!wanted.equals("true") && !wanted.equals("false")) {
            throw DomainException.invalidField("auto_renew", "must be true or false");
        }
        boolean on = wanted.equals("true");
        useCases.setAutoRenew().setAutoRenew(new SetAutoRenewCommand(call.actor(), slug, id, on));
        return Pages.redirect("/teams/" + slug.value() + "/addons?notice=" + (on ? "auto_renew_on" : "auto_renew_off"));
    }
}
