package com.servelink.archfixture.good.adapter.http;

import com.servelink.archfixture.good.application.port.in.CreateWidgetUseCase;

/** Fixture: a driving adapter calling one use case. */
public final class CreateWidgetHandler {
    private final CreateWidgetUseCase createWidget;

    public CreateWidgetHandler(CreateWidgetUseCase createWidget) {
        this.createWidget = createWidget;
    }

    public String handle(String name) {
        return createWidget.create(new CreateWidgetUseCase.CreateWidgetCommand(name)).id().value();
    }
}
