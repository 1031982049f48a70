package com.servelink.archfixture.bad.applicationleak.domain;

/** Fixture: a domain type. */
public record Order(String id) {
}
