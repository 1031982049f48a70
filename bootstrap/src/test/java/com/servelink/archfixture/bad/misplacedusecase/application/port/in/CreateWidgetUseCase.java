package com.servelink.archfixture.bad.misplacedusecase.application.port.in;

/** Bystander: a use case where it belongs. */
public interface CreateWidgetUseCase {
    void create(String name);
}
