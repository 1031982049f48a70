package com.servelink.archfixture.bad.usecaseimplplace.adapter.http;

import com.servelink.archfixture.bad.usecaseimplplace.application.port.in.CreateWidgetUseCase;

/** Violation: an adapter implements a use case itself. */
public final class CreateWidgetService implements CreateWidgetUseCase {
    @Override
    public void execute(String name) {
    }
}
