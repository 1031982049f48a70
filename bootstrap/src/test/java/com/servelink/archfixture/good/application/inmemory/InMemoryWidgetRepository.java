package com.servelink.archfixture.good.application.inmemory;

import com.servelink.archfixture.good.application.port.out.WidgetRepository;
import com.servelink.archfixture.good.domain.Widget;

import java.util.ArrayList;
import java.util.List;

/** Fixture: the in-memory twin of an out-port. */
public final class InMemoryWidgetRepository implements WidgetRepository {
    private final List<Widget> widgets = new ArrayList<>();

    @Override
    public void save(Widget widget) {
        widgets.add(widget);
    }
}
