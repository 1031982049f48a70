package com.servelink.archfixture.bad.adapterdependency.adapter.persistence;

/** Fixture: an adapter class. */
public record ReportRow(String id) {
}
