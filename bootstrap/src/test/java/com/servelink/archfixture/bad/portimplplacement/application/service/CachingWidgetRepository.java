package com.servelink.archfixture.bad.portimplplacement.application.service;

import com.servelink.archfixture.bad.portimplplacement.application.port.out.WidgetRepository;

/** Violation: an implementation among the services. */
public final class CachingWidgetRepository implements WidgetRepository {
    @Override
    public void save(String widget) {
    }
}
