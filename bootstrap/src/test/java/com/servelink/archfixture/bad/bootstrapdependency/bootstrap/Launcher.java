package com.servelink.archfixture.bad.bootstrapdependency.bootstrap;

/** Bystander: bootstrap may use itself. */
public final class Launcher {
    private Launcher() {
    }

    public static Settings settings() {
        return new Settings(8080);
    }
}
