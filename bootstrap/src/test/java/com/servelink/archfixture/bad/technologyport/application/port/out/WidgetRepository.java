package com.servelink.archfixture.bad.technologyport.application.port.out;

/** Bystander: named for what the application needs; a nested type is not a port of its own. */
public interface WidgetRepository {
    void save(String widget);

    interface HttpCacheHints {
        boolean cacheable();
    }
}
