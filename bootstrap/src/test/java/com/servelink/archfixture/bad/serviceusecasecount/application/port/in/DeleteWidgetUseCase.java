package com.servelink.archfixture.bad.serviceusecasecount.application.port.in;

/** Fixture: a second inbound port. */
public interface DeleteWidgetUseCase {
    void delete(String name);
}
