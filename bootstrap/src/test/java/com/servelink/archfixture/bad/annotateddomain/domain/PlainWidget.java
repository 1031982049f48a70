package com.servelink.archfixture.bad.annotateddomain.domain;

/** Bystander: JDK annotations are allowed. */
@Deprecated
public final class PlainWidget {
    @Override
    public String toString() {
        return "plain";
    }
}
