package com.servelink.archfixture.bad.testdoubles.application.inmemory;

import com.servelink.archfixture.bad.testdoubles.application.port.out.WidgetStore;

import java.util.ArrayList;
import java.util.List;

/** Fixture violation: a test double shipped in the application's production code. */
public final class InMemoryWidgetStore implements WidgetStore {
    private final List<String> widgets = new ArrayList<>();

    @Override
    public void keep(String widget) {
        widgets.add(widget);
    }
}
