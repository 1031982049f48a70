package com.servelink.adapter.http.routes;

import com.servelink.application.port.in.usage.ExportUsageUseCase.UsageExport;
import com.servelink.application.port.out.UsageRepository.ExportedSample;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The usage export as CSV ({@link Csv}: RFC 4180, streamed). Only the project name can start
 * like a formula, as the other fields are dates, ids, codes and non-negative numbers.
 */
final class UsageCsv {
    static final String CONTENT_TYPE = Csv.CONTENT_TYPE;
    static final String[] HEADER = {"date", "project_id", "project_name", "metric", "amount"};

    private UsageCsv() {
    }

    static void write(UsageExport export, OutputStream out) throws IOException {
        Csv.<ExportedSample>write(out, HEADER, export::writeTo, sample -> new Object[]{sample.day().toString(),
                sample.projectId().value(), neutralised(sample.projectName()), sample.metric().code(),
                sample.amount().toPlainString()});
    }

    /** The text as a spreadsheet shows it, never as a formula it runs ({@link Csv#neutralised}). */
    static String neutralised(String text) {
        return Csv.neutralised(text);
    }
}
