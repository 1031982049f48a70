package com.servelink.adapter.http.web.view;

/** A link of a page's navigation; {@code current} marks the page being shown. */
public record Link(String href, String label, boolean current) {
}
