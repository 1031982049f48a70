package com.servelink.application.port.in.paging;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** One page of a list and the cursor of the next one, empty on the last page. */
public record Page<T>(List<T> items, Optional<String> nextCursor) {
    public Page {
        items = List.copyOf(items);
        Objects.requireNonNull(nextCursor, "nextCursor");
    }

    /**
     * The page of {@code probed}, rows asked with {@link PageRequest#probe()}: the extra row, if
     * any, is dropped and the cursor of the last row kept is the next page's.
     */
    public static <T> Page<T> of(List<T> probed, PageRequest request, Function<T, String> cursorOf) {
        if (probed.size() <= request.limit()) {
            return new Page<>(probed, Optional.empty());
        }
        List<T> items = probed.subList(0, request.limit());
        return new Page<>(items, Optional.of(cursorOf.apply(items.get(items.size() - 1))));
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor);
    }
}
