package com.servelink.adapter.http.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The precompiled JTE templates (built from {@code src/main/jte} by the Maven plugin), with
 * HTML escaping of every {@code ${…}}: nothing is compiled at run time.
 */
public final class Templates {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private Templates() {
    }

    /** Renders the template at {@code name} (such as {@code "addons.jte"}) with its one parameter. */
    public static byte[] render(String name, Object model) {
        Utf8ByteOutput output = new Utf8ByteOutput();
        ENGINE.render(name, model, output);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(output.getContentLength());
        try {
            output.writeTo(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
