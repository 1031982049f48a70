package com.servelink.adapter.http.server;

import com.servelink.adapter.http.error.HttpError;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.StorableText;

import java.net.URLDecoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An HTML form's fields ({@code application/x-www-form-urlencoded}, UTF-8). A field sent twice
 * keeps its first value; bytes that are not UTF-8 are a 400, never a replacement character; a
 * field carrying text no database stores ({@link StorableText}) is a 422 naming it.
 */
public final class FormBody {
    /** No field at all: a GET, or a POST without a body. */
    public static final FormBody EMPTY = new FormBody(Map.of());

    private final Map<String, String> fields;

    private FormBody(Map<String, String> fields) {
        this.fields = fields;
    }

    public static FormBody parse(byte[] body) {
        String text;
        try {
            text = StandardCharsets.US_ASCII.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw HttpError.badRequest("a form body is URL-encoded ASCII");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        if (text.isEmpty()) {
            return new FormBody(fields);
        }
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (!StorableText.isStorable(name)) {
                throw DomainException.invalidField(StorableText.visible(name), "a field name " + StorableText.REFUSED);
            }
            fields.putIfAbsent(name, StorableText.require(name, value));
        }
        return new FormBody(fields);
    }

    private static String decode(String encoded) {
        String decoded;
        try {
            decoded = URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest("a form field is not validly URL-encoded");
        }
        // URLDecoder replaces bytes that are not UTF-8 with U+FFFD; one the client did not send is a 400
        if (decoded.indexOf('\uFFFD') >= 0 && !encoded.toUpperCase(Locale.ROOT).contains("%EF%BF%BD")) {
            throw HttpError.badRequest("a form field is not valid UTF-8");
        }
        return decoded;
    }

    /** A field's value; an empty field is absent. */
    public Optional<String> field(String name) {
        return Optional.ofNullable(fields.get(name)).filter(value -> !value.isEmpty());
    }

    /** A field's value as sent, empty included; {@code null} when absent. */
    public String raw(String name) {
        return fields.get(name);
    }

    public Map<String, String> fields() {
        return Map.copyOf(fields);
    }
}
