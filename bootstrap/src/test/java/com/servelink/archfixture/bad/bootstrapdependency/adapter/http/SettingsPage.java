package com.servelink.archfixture.bad.bootstrapdependency.adapter.http;

import com.servelink.archfixture.bad.bootstrapdependency.bootstrap.Settings;

/** Violation: an adapter reads bootstrap's configuration type. */
public final class SettingsPage {
    public int port(Settings settings) {
        return settings.port();
    }
}
