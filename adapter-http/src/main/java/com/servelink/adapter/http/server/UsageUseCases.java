package com.servelink.adapter.http.server;

import com.servelink.application.port.in.billing.PreviewCancellationUseCase;
import com.servelink.application.port.in.usage.ExportUsageUseCase;
import com.servelink.application.port.in.usage.GetUsageHistoryUseCase;
import com.servelink.application.port.in.usage.GetUsageSummaryUseCase;

/** The use cases of the usage dashboard, driven by its API routes and its page; the composition root fills it. */
public record UsageUseCases(GetUsageSummaryUseCase summary, GetUsageHistoryUseCase history,
                            ExportUsageUseCase export, PreviewCancellationUseCase previewCancellation) {
}
