package com.servelink.archfixture.bad.applicationleak.adapter.persistence;

/** Fixture: an adapter class. */
public record OrderEntity(String id) {
}
