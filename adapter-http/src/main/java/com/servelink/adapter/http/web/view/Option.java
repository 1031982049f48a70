package com.servelink.adapter.http.web.view;

/** A choice of a select: the value sent and the label read. */
public record Option(String value, String label) {
}
