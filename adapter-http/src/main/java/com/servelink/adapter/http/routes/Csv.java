package com.servelink.adapter.http.routes;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The API's CSV files (RFC 4180: CRLF, quotes where needed, UTF-8, one header row), written by
 * commons-csv as the rows arrive from a database cursor: nothing holds the whole file. A text
 * field a spreadsheet would read as a formula is {@link #neutralised}.
 */
final class Csv {
    static final String CONTENT_TYPE = "text/csv; charset=utf-8";

    private Csv() {
    }

    /**
     * Writes the header, then one record per row {@code rows} hands over ({@code rows} is the
     * export's streaming {@code writeTo}); {@code record} gives a row's fields in header order.
     */
    static <T> void write(OutputStream out, String[] header, ToLongFunction<Consumer<T>> rows,
                          Function<T, Object[]> record) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header).get();
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
        try (CSVPrinter printer = new CSVPrinter(writer, format)) {
            rows.applyAsLong(row -> {
                try {
                    printer.printRecord(record.apply(row));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The text as a spreadsheet shows it, never as a formula it runs: a text starting with
     * {@code = + - @}, a tab or a carriage return is prefixed with an apostrophe (OWASP's advice
     * against CSV injection).
     */
    static String neutralised(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
