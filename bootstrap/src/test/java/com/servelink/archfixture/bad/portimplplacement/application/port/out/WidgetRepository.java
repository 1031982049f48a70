package com.servelink.archfixture.bad.portimplplacement.application.port.out;

/** Fixture: an outbound port. */
public interface WidgetRepository {
    void save(String widget);
}
