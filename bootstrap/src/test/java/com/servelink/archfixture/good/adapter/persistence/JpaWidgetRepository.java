package com.servelink.archfixture.good.adapter.persistence;

import com.servelink.archfixture.good.application.port.out.WidgetRepository;
import com.servelink.archfixture.good.domain.Widget;

/** Fixture: a persistence adapter; technology names are fine here. */
public final class JpaWidgetRepository implements WidgetRepository {
    @Override
    public void save(Widget widget) {
    }
}
