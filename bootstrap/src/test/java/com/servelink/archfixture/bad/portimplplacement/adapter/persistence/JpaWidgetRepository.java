package com.servelink.archfixture.bad.portimplplacement.adapter.persistence;

import com.servelink.archfixture.bad.portimplplacement.application.port.out.WidgetRepository;

/** Bystander: the adapter implementation. */
public final class JpaWidgetRepository implements WidgetRepository {
    @Override
    public void save(String widget) {
    }
}
