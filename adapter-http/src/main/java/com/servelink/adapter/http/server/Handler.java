package com.servelink.adapter.http.server;

/** One route's work: parse the call, run one use case, map its result. */
@FunctionalInterface
public interface Handler {
    Reply handle(Call call);
}
