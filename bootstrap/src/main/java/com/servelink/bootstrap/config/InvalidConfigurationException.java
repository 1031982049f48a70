package com.servelink.bootstrap.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The process cannot start with the configuration it was given: an environment variable or the
 * pricing file is wrong. The message lists every problem found, each naming the variable or the
 * JSON path at fault and never showing a secret, so the operator can fix them all in one go.
 */
public class InvalidConfigurationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidConfigurationException(String problem) {
        this(problem, (Throwable) null);
    }

    public InvalidConfigurationException(String problem, Throwable cause) {
        super(problem, cause);
        this.problems = List.of(problem);
    }

    /**
     * One exception for several problems: "{@code subject}: the problem" for one,
     * "{@code subject}, N problems:" followed by one indented line per problem otherwise.
     */
    public InvalidConfigurationException(String subject, List<String> problems) {
        super(render(subject, problems));
        this.problems = List.copyOf(problems);
    }

    /** Another component's refusal (the pricing file's), its message and problems kept as they are. */
    InvalidConfigurationException(String message, List<String> problems, Throwable cause) {
        super(message, cause);
        this.problems = List.copyOf(problems);
    }

    /** Each problem on its own, in the order found; the message shows them all. */
    public List<String> problems() {
        return problems;
    }

    private static String render(String subject, List<String> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("at least one problem is required");
        }
        if (problems.size() == 1) {
            return subject + ": " + problems.get(0);
        }
        return subject + ", " + problems.size() + " problems:"
                + problems.stream().map(p -> "\n  - " + p).collect(Collectors.joining());
    }
}
