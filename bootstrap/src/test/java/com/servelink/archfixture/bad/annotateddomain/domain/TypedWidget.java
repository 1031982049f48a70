package com.servelink.archfixture.bad.annotateddomain.domain;

import org.hibernate.archfixture.Type;

/** Violation: a field annotation from org.hibernate... */
public final class TypedWidget {
    @Type
    private String name;

    public String name() {
        return name;
    }
}
