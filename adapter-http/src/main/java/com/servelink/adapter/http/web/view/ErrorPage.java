package com.servelink.adapter.http.web.view;

/** A refusal or failure shown as a page: the status and the same message as the API's problem+json. */
public record ErrorPage(Chrome chrome, int status, String message) {
}
