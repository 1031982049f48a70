package com.servelink.archfixture.good.application.service;

import com.servelink.archfixture.good.application.port.in.CreateWidgetUseCase;
import com.servelink.archfixture.good.application.port.out.WidgetRepository;
import com.servelink.archfixture.good.domain.Widget;
import com.servelink.archfixture.good.domain.WidgetId;

/** Fixture: the one service of its use case. */
public final class CreateWidgetService implements CreateWidgetUseCase {
    private final WidgetRepository widgets;

    public CreateWidgetService(WidgetRepository widgets) {
        this.widgets = widgets;
    }

    @Override
    public Widget create(CreateWidgetCommand command) {
        Widget widget = new Widget(new WidgetId("w1"), command.name());
        widgets.save(widget);
        return widget;
    }
}
