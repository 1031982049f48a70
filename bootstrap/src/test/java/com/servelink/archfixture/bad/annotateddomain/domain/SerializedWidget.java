package com.servelink.archfixture.bad.annotateddomain.domain;

import com.fasterxml.archfixture.JsonProperty;

/** Violation: a method annotation from com.fasterxml... */
public final class SerializedWidget {
    @JsonProperty
    public String name() {
        return "widget";
    }
}
