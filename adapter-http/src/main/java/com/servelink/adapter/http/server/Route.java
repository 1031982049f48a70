package com.servelink.adapter.http.server;

import java.util.Objects;

/** A method and path template, who may call it, and what answers it. */
public record Route(String method, String template, Access access, Handler handler) {
    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(handler, "handler");
    }
}
