package com.servelink.adapter.http.server;

import com.servelink.application.port.in.admin.ListTokensUseCase;
import com.servelink.application.port.in.admin.RevokeTokenUseCase;

/** The operator's use cases on tokens already issued; the composition root fills it. */
public record TokenUseCases(ListTokensUseCase list, RevokeTokenUseCase revoke) {
}
