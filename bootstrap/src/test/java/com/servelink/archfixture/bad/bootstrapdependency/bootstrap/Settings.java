package com.servelink.archfixture.bad.bootstrapdependency.bootstrap;

/** Fixture: configuration of the composition root. */
public record Settings(int port) {
}
