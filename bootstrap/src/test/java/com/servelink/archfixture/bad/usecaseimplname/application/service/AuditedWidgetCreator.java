package com.servelink.archfixture.bad.usecaseimplname.application.service;

/** Violation: implements the use case through its superclass and is not named *Service. */
public final class AuditedWidgetCreator extends CreateWidgetHandler {
}
