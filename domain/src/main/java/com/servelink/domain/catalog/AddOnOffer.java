package com.servelink.domain.catalog;

import com.servelink.domain.shared.Money;

/**
 * One line of the add-on list a team sees, in its language, with whether its own plan lets it
 * buy this offer.
 */
public record AddOnOffer(ResourceType type, String name, String unit, Money price, String description,
                         String icon, boolean purchasable) {
}
