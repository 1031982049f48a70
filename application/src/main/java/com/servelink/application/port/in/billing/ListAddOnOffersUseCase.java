package com.servelink.application.port.in.billing;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.catalog.AddOnOffer;
import com.servelink.domain.catalog.Language;
import com.servelink.domain.team.TeamSlug;

import java.util.List;

/** Shows a team member the add-ons on sale, priced, and whether the team may buy them. */
public interface ListAddOnOffersUseCase {

    record ListAddOnOffersQuery(Actor actor, TeamSlug team, Language language) {
    }

    List<AddOnOffer> listOffers(ListAddOnOffersQuery query);
}
