package com.servelink.archfixture.bad.adaptercoupling.adapter.http;

import com.servelink.archfixture.bad.adaptercoupling.adapter.persistence.OrderEntity;

/** Violation: the HTTP adapter uses the persistence adapter. */
public final class OrderHandler {
    public String render(OrderEntity order) {
        return order.id();
    }
}
