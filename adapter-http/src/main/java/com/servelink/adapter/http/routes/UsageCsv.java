package com.servelink.adapter.http.routes;

import com.servelink.application.port.in.usage.ExportUsageUseCase.UsageExport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The usage export as CSV (RFC 4180: CRLF, quotes where needed, UTF-8, one header row), written
 * by commons-csv as the rows arrive from the database cursor. A text field that a spreadsheet
 * would read as a formula (starting with {@code = + - @}, a tab or a carriage return) is
 * prefixed with an apostrophe (OWASP's advice against CSV injection); only the project name can
 * start that way, as the other fields are dates, ids, codes and non-negative numbers.
 */
final class UsageCsv {
    static final String CONTENT_TYPE = "text/csv; charset=utf-8";
    static final String[] HEADER = {"date", "project_id", "project_name", "metric", "amount"};
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER).get();

    private UsageCsv() {
    }

    static void write(UsageExport export, OutputStream out) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
        try (CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
            export.writeTo(sample -> {
                try {
                    printer.printRecord(sample.day().toString(), sample.projectId().value(),
                            neutralised(sample.projectName()), sample.metric().code(),
                            sample.amount().toPlainString());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The text as a spreadsheet shows it, never as a formula it runs. */
    static String neutralised(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
