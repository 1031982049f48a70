package com.servelink.archfixture.bad.usecaseimplplace.application.inmemory;

import com.servelink.archfixture.bad.usecaseimplplace.application.port.in.CreateWidgetUseCase;

/** Violation: a use case implemented outside application.service. */
public final class FakeCreateWidgetService implements CreateWidgetUseCase {
    @Override
    public void execute(String name) {
    }
}
