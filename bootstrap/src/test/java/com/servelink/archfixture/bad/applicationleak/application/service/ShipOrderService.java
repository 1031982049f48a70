package com.servelink.archfixture.bad.applicationleak.application.service;

import com.servelink.archfixture.bad.applicationleak.adapter.persistence.OrderEntity;

/** Violation: the application reaches into an adapter. */
public final class ShipOrderService {
    public OrderEntity ship(String id) {
        return new OrderEntity(id);
    }
}
