package com.servelink.archfixture.bad.portimplplacement.bootstrap;

import com.servelink.archfixture.bad.portimplplacement.application.port.out.WidgetRepository;

/** Violation: the composition root wires adapters, it does not implement ports. */
public final class LoggingWidgetRepository implements WidgetRepository {
    @Override
    public void save(String widget) {
    }
}
