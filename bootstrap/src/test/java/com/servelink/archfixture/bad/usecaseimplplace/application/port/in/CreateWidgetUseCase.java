package com.servelink.archfixture.bad.usecaseimplplace.application.port.in;

/** Fixture: an inbound port. */
public interface CreateWidgetUseCase {
    void execute(String name);
}
