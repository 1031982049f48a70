package com.servelink.archfixture.good.domain;

import java.util.Objects;

/** Fixture: a domain aggregate using only the JDK and its own ring. */
public record Widget(WidgetId id, String name) {
    public Widget {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
    }
}
