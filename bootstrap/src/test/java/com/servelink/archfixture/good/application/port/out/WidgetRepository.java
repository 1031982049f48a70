package com.servelink.archfixture.good.application.port.out;

import com.servelink.archfixture.good.domain.Widget;

/** Fixture: an outbound port. */
public interface WidgetRepository {
    void save(Widget widget);
}
