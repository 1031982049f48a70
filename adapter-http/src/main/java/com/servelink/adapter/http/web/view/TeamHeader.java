package com.servelink.adapter.http.web.view;

/** The top of every team page: the team, its plan (with the "Pro" badge when it has priority support) and the reader's role. */
public record TeamHeader(String slug, String name, String planName, boolean prioritySupport, String role) {
}
