package com.servelink.domain.support;

import com.servelink.domain.shared.DomainException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Wire names of the support enumerations: lower-case constant names ({@code in_progress}). */
final class Codes {
    private Codes() {
    }

    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String code, String field) {
        for (E constant : type.getEnumConstants()) {
            if (of(constant).equals(code)) {
                return constant;
            }
        }
        throw DomainException.invalidField(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                .map(Codes::of).collect(Collectors.joining(", ")));
    }
}
