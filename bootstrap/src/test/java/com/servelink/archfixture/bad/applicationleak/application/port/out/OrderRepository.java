package com.servelink.archfixture.bad.applicationleak.application.port.out;

import com.servelink.archfixture.bad.applicationleak.domain.Order;

/** Bystander: depends on the domain only. */
public interface OrderRepository {
    void save(Order order);
}
