package com.servelink.archfixture.bad.misplacedusecase.application.service;

/** Violation: a use case declared among the services. */
public interface RenameWidgetUseCase {
    void rename(String name);
}
