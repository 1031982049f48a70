package com.servelink.archfixture.bad.subpackagecycle.domain.billing;

import com.servelink.archfixture.bad.subpackagecycle.domain.team.Customer;

/** Violation (with Customer): domain.billing -> domain.team -> domain.billing. */
public record Invoice(Customer customer) {
}
