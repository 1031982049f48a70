package com.servelink.archfixture.bad.serviceusecasecount.application.service;

/** Bystander: a helper of the services, not itself a service. */
public final class WidgetAccess {
    public boolean allowed(String actor) {
        return !actor.isEmpty();
    }
}
