package com.servelink.archfixture.bad.adaptercoupling.adapter.persistence;

/** Fixture: a persistence adapter class. */
public record OrderEntity(String id) {
}
