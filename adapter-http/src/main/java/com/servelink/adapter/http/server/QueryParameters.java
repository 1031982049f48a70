package com.servelink.adapter.http.server;

import com.servelink.domain.shared.DomainException;

import java.util.Optional;
import java.util.function.BiFunction;

/** Query-string values parsed strictly, for the API and the pages alike: a bad value is a 422 naming the parameter. */
public final class QueryParameters {
    private QueryParameters() {
    }

    public static <T> Optional<T> code(Call call, String name, BiFunction<String, String, T> parser) {
        return call.query(name).filter(v -> !v.isEmpty()).map(value -> parser.apply(value, name));
    }

    public static int limit(Call call, int defaultLimit, int max) {
        Optional<String> raw = call.query("limit");
        if (raw.isEmpty()) {
            return defaultLimit;
        }
        try {
            int limit = Integer.parseInt(raw.get());
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw DomainException.invalidField("limit", "must be an integer from 1 to " + max);
    }
}
