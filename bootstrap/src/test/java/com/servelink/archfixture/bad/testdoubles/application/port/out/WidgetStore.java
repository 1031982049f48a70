package com.servelink.archfixture.bad.testdoubles.application.port.out;

/** Fixture: an out-port. */
public interface WidgetStore {
    void keep(String widget);
}
