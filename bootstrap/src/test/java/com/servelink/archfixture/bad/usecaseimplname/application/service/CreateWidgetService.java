package com.servelink.archfixture.bad.usecaseimplname.application.service;

import com.servelink.archfixture.bad.usecaseimplname.application.port.in.CreateWidgetUseCase;

/** Bystander: correctly named. */
public final class CreateWidgetService implements CreateWidgetUseCase {
    @Override
    public void execute(String name) {
    }
}
