package com.servelink.archfixture.bad.usecaseimplname.application.service;

import com.servelink.archfixture.bad.usecaseimplname.application.port.in.CreateWidgetUseCase;

/** Violation: implements a use case but is not named *Service. */
public class CreateWidgetHandler implements CreateWidgetUseCase {
    @Override
    public void execute(String name) {
    }
}
