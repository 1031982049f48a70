package com.servelink.archfixture.bad.serviceusecasecount.application.service;

import com.servelink.archfixture.bad.serviceusecasecount.application.port.in.CreateWidgetUseCase;

/** Bystander: exactly one use case. */
public final class CreateWidgetService implements CreateWidgetUseCase {
    @Override
    public void execute(String name) {
    }
}
