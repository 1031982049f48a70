package com.servelink.archfixture.bad.annotateddomain.domain;

import io.undertow.archfixture.Handler;

/** Violation: a constructor annotation from io.undertow... */
public final class RoutedWidget {
    @Handler
    public RoutedWidget() {
    }
}
