package com.servelink.archfixture.bad.usecaseimplname.application.port.in;

/** Fixture: an inbound port. */
public interface CreateWidgetUseCase {
    void execute(String name);
}
