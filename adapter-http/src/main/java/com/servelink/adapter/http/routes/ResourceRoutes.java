package com.servelink.adapter.http.routes;

import com.servelink.adapter.http.json.JsonBody;
import com.servelink.adapter.http.server.Access;
import com.servelink.adapter.http.server.Call;
import com.servelink.adapter.http.server.QueryParameters;
import com.servelink.adapter.http.server.Reply;
import com.servelink.adapter.http.server.Route;
import com.servelink.adapter.http.server.UseCases;
import com.servelink.adapter.http.view.BillingViews.LimitsJson;
import com.servelink.adapter.http.view.BillingViews.OfferJson;
import com.servelink.adapter.http.view.BillingViews.OffersJson;
import com.servelink.adapter.http.view.BillingViews.PurchaseJson;
import com.servelink.adapter.http.view.BillingViews.ResourceJson;
import com.servelink.adapter.http.view.BillingViews.ResourcesJson;
import com.servelink.adapter.http.view.BillingViews.TotalsJson;
import com.servelink.application.port.in.billing.CancelAddOnUseCase.CancelAddOnCommand;
import com.servelink.application.port.in.billing.GetTeamLimitsUseCase.GetTeamLimitsQuery;
import com.servelink.application.port.in.billing.ListAddOnOffersUseCase.ListAddOnOffersQuery;
import com.servelink.application.port.in.billing.ListTeamResourcesUseCase.ListTeamResourcesQuery;
import com.servelink.application.port.in.billing.SetAutoRenewUseCase.SetAutoRenewCommand;
import com.servelink.application.port.in.billing.PurchaseAddOnUseCase.PurchaseAddOnCommand;
import com.servelink.domain.billing.ResourceId;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.billing.ResourceStatus;

import java.util.List;

/** The add-on store of a team (seed §1): offers, purchase, list, cancel, limits. */
public final class ResourceRoutes {
    private final UseCases useCases;

    public ResourceRoutes(UseCases useCases) {
        this.useCases = useCases;
    }

    public List<Route> routes() {
        return List.of(
                new Route("GET", "/api/resources/{team_slug}/available", Access.USER, this::available),
                new Route("POST", "/api/resources/{team_slug}/purchase", Access.USER, this::purchase),
                new Route("GET", "/api/resources/{team_slug}/list", Access.USER, this::list),
                new Route("PATCH", "/api/resources/{team_slug}/resources/{resource_id}", Access.USER, this::update),
                new Route("DELETE", "/api/resources/{team_slug}/cancel/{resource_id}", Access.USER, this::cancel),
                new Route("GET", "/api/resources/{team_slug}/limits", Access.USER, this::limits));
    }

    private Reply available(Call call) {
        var offers = useCases.listOffers().listOffers(new ListAddOnOffersQuery(call.actor(), call.team(),
                call.language()));
        return Reply.ok(new OffersJson(offers.stream().map(OfferJson::of).toList()));
    }

    private Reply purchase(Call call) {
        var team = call.team();
        JsonBody body = call.json();
        String type = body.text("resource_type");
        Integer quantity = body.integer("quantity");
        body.requireValid();
        var receipt = useCases.purchase().purchase(PurchaseAddOnCommand.of(call.actor(), team, type, quantity,
                call.header("Idempotency-Key")));
        return Reply.created(PurchaseJson.of(receipt));
    }

    private Reply list(Call call) {
        var team = call.team();
        var status = QueryParameters.code(call, "status", ResourceStatus::fromCode);
        var result = useCases.listResources().listResources(new ListTeamResourcesQuery(call.actor(), team, status,
                QueryParameters.page(call)));
        return Reply.ok(new ResourcesJson(result.resources().stream().map(ResourceJson::of).toList(),
                TotalsJson.of(result.totals()), result.nextCursor().orElse(null)));
    }

    private Reply cancel(Call call) {
        var team = call.team();
        ResourceId id = call.pathId("resource_id", ResourceId::new);
        return Reply.ok(ResourceJson.of(useCases.cancel().cancel(new CancelAddOnCommand(call.actor(), team, id))));
    }

    /** Owners and admins switch auto-renewal: {@code {"auto_renew": true|false}}, the only field. */
    private Reply update(Call call) {
        var team = call.team();
        ResourceId id = call.pathId("resource_id", ResourceId::new);
        JsonBody body = call.json();
        Boolean autoRenew = body.bool("auto_renew");
        body.requireValid();
        if (autoRenew == null) {
            throw DomainException.invalidField("auto_renew", "is required: true or false");
        }
        return Reply.ok(ResourceJson.of(useCases.setAutoRenew().setAutoRenew(
                new SetAutoRenewCommand(call.actor(), team, id, autoRenew))));
    }

    private Reply limits(Call call) {
        return Reply.ok(LimitsJson.of(useCases.limits().getLimits(new GetTeamLimitsQuery(call.actor(), call.team()))));
    }
}
