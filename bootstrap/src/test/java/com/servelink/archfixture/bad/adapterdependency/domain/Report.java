package com.servelink.archfixture.bad.adapterdependency.domain;

import com.servelink.archfixture.bad.adapterdependency.adapter.persistence.ReportRow;

/** Violation: the domain knows a persistence row. */
public record Report(ReportRow row) {
}
