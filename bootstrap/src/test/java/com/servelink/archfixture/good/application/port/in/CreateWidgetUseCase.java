package com.servelink.archfixture.good.application.port.in;

import com.servelink.archfixture.good.domain.Widget;

/** Fixture: an inbound port. */
public interface CreateWidgetUseCase {
    record CreateWidgetCommand(String name) {
    }

    Widget create(CreateWidgetCommand command);
}
