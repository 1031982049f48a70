package com.servelink.archfixture.bad.serviceusecasecount.application.service;

import com.servelink.archfixture.bad.serviceusecasecount.application.port.in.CreateWidgetUseCase;
import com.servelink.archfixture.bad.serviceusecasecount.application.port.in.DeleteWidgetUseCase;

/** Violation: one service implementing two use cases. */
public final class WidgetService implements CreateWidgetUseCase, DeleteWidgetUseCase {
    @Override
    public void execute(String name) {
    }

    @Override
    public void delete(String name) {
    }
}
