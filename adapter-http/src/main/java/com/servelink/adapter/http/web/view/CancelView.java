package com.servelink.adapter.http.web.view;

/** The confirmation step before an add-on is cancelled (immediately, without refund). */
public record CancelView(Chrome chrome, TeamHeader team, AddOnsView.Resource resource, String action,
                         String back) {
}
