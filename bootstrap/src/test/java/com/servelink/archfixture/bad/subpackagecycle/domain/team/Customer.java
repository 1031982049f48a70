package com.servelink.archfixture.bad.subpackagecycle.domain.team;

import com.servelink.archfixture.bad.subpackagecycle.domain.billing.Invoice;

import java.util.List;

/** Violation (with Invoice): domain.team -> domain.billing -> domain.team. */
public record Customer(List<Invoice> invoices) {
}
