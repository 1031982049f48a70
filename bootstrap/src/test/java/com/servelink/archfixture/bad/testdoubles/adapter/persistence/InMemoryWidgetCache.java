package com.servelink.archfixture.bad.testdoubles.adapter.persistence;

import com.servelink.archfixture.bad.testdoubles.application.port.out.WidgetStore;

import java.util.concurrent.ConcurrentLinkedQueue;

/** Fixture bystander: an adapter may keep things in memory; only the application ring is checked. */
public final class InMemoryWidgetCache implements WidgetStore {
    private final ConcurrentLinkedQueue<String> widgets = new ConcurrentLinkedQueue<>();

    @Override
    public void keep(String widget) {
        widgets.add(widget);
    }
}
