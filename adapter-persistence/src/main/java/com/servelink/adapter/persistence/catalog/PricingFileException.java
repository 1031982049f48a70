package com.servelink.adapter.persistence.catalog;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A pricing file that cannot be used, with every problem found: each names the JSON path at fault
 * ({@code plans.pro.limits.cpu: must be a non-negative number, got -1}), or the line and column of
 * malformed JSON. The message reads "pricing file <source>: the problem" for one problem and
 * "pricing file <source>, N problems:" followed by one indented line per problem otherwise; a file
 * that is missing or unreadable is one message of its own ("pricing file <path> does not exist").
 */
public final class PricingFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final List<String> problems;

    private PricingFileException(String message, String source, List<String> problems, Throwable cause) {
        super(message, cause);
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** What is wrong inside the file, in file order; {@code source} may be null. */
    static PricingFileException problems(String source, List<String> problems, Throwable cause) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("at least one problem is required");
        }
        String subject = subject(source);
        String message = problems.size() == 1
                ? subject + ": " + problems.get(0)
                : subject + ", " + problems.size() + " problems:"
                        + problems.stream().map(p -> "\n  - " + p).collect(Collectors.joining());
        return new PricingFileException(message, source, problems, cause);
    }

    /** The file itself cannot be had: {@code what} is "does not exist", "is not readable"... */
    static PricingFileException unreadable(String source, String what, Throwable cause) {
        String message = subject(source) + " " + what;
        return new PricingFileException(message, source, List.of(message), cause);
    }

    private static String subject(String source) {
        return source == null || source.isBlank() ? "pricing file" : "pricing file " + source;
    }

    /** The file named in messages (a path, {@code classpath:pricing-specs.json}), when one was given. */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /** Each problem on its own, in file order; the message shows them all. */
    public List<String> problems() {
        return problems;
    }
}
