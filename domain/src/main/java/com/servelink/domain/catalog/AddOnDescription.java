package com.servelink.domain.catalog;

import java.util.Objects;

/** How an add-on type is shown to customers: name, unit label, description and icon. */
public record AddOnDescription(ResourceType type, LocalizedText name, String unitLabel,
                               LocalizedText description, String icon) {
    public AddOnDescription {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unitLabel, "unitLabel");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(icon, "icon");
    }
}
