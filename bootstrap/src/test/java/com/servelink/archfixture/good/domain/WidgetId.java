package com.servelink.archfixture.good.domain;

/** Fixture: a domain value. */
public record WidgetId(String value) {
}
