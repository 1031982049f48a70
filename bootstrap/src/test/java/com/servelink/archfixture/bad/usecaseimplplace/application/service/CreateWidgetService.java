package com.servelink.archfixture.bad.usecaseimplplace.application.service;

import com.servelink.archfixture.bad.usecaseimplplace.application.port.in.CreateWidgetUseCase;

/** Bystander: where use cases are implemented. */
public final class CreateWidgetService implements CreateWidgetUseCase {
    @Override
    public void execute(String name) {
    }
}
