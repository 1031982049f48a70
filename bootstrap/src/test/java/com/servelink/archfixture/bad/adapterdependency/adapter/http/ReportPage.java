package com.servelink.archfixture.bad.adapterdependency.adapter.http;

/** Fixture: an adapter class. */
public final class ReportPage {
}
