package com.servelink.archfixture.bad.portimplplacement.application.port.out;

/** Violation: an implementation next to its port. */
public final class DefaultWidgetRepository implements WidgetRepository {
    @Override
    public void save(String widget) {
    }
}
