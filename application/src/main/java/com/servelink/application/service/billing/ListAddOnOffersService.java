package com.servelink.application.service.billing;

import com.servelink.application.port.in.billing.ListAddOnOffersUseCase;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.catalog.AddOnOffer;
import com.servelink.domain.catalog.PricingCatalog;

import java.util.List;

/** Lists the catalog's add-ons for a member's team. */
public final class ListAddOnOffersService implements ListAddOnOffersUseCase {
    private final TeamAccess access;
    private final PricingCatalog catalog;

    public ListAddOnOffersService(TeamAccess access, PricingCatalog catalog) {
        this.access = access;
        this.catalog = catalog;
    }

    @Override
    public List<AddOnOffer> listOffers(ListAddOnOffersQuery query) {
        var membership = access.requireMember(query.actor(), query.team());
        return catalog.offersFor(catalog.requirePlan(membership.team().plan()), query.language());
    }
}
