package com.servelink.domain.shared;

/**
 * Text a database stores faithfully: no U+0000 (PostgreSQL refuses it in {@code text}, SQLState
 * 22021) and no unpaired surrogate (not a character at all; UTF-8 cannot encode it, so a driver
 * would store a replacement character or fail). Every string a request carries passes this rule
 * before anything reads it, and the domain's text checks apply it again.
 */
public final class StorableText {
    /** The message naming what a refused value carries. */
    public static final String REFUSED = "must not contain U+0000 or an unpaired surrogate";

    private StorableText() {
    }

    public static boolean isStorable(String value) {
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < length && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else {
                    return false;
                }
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** The value with each U+0000 and unpaired surrogate written as a Java escape ({@code \\u} and four hex digits): safe to name in a refusal. */
    public static String visible(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            if (paired) {
                out.append(c).append(value.charAt(++i));
            } else if (c == '\u0000' || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Refuses ({@link ErrorCode#INVALID_FIELD}) a value that is not storable, naming the field. */
    public static String require(String field, String value) {
        if (value != null && !isStorable(value)) {
            throw DomainException.invalidField(field, REFUSED);
        }
        return value;
    }
}
