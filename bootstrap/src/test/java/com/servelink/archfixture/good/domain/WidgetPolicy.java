package com.servelink.archfixture.good.domain;

/** Fixture: JDK annotations are fine in the domain. */
@FunctionalInterface
public interface WidgetPolicy {
    @Deprecated
    boolean allows(Widget widget);
}
