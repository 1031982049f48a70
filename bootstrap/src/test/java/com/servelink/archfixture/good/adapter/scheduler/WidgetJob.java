package com.servelink.archfixture.good.adapter.scheduler;

import com.servelink.archfixture.good.application.port.in.CreateWidgetUseCase;

/** Fixture: a scheduled job calling one use case. */
public final class WidgetJob {
    private final CreateWidgetUseCase createWidget;

    public WidgetJob(CreateWidgetUseCase createWidget) {
        this.createWidget = createWidget;
    }

    public void run() {
        createWidget.create(new CreateWidgetUseCase.CreateWidgetCommand("nightly"));
    }
}
