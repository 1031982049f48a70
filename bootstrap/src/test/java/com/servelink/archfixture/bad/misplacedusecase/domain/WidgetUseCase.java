package com.servelink.archfixture.bad.misplacedusecase.domain;

/** Violation: a use case declared in the domain. */
public interface WidgetUseCase {
    void use();
}
