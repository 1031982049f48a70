package com.servelink.archfixture.bad.portimplplacement.application.inmemory;

import com.servelink.archfixture.bad.portimplplacement.application.port.out.WidgetRepository;

/** Bystander: the in-memory twin. */
public final class InMemoryWidgetRepository implements WidgetRepository {
    @Override
    public void save(String widget) {
    }
}
