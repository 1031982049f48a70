package com.servelink.adapter.http.web.view;

import com.servelink.domain.catalog.Language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The pages' words in one language, read once from {@code web/messages_<lang>.properties}
 * (UTF-8). A key missing from a translation is a start-up failure, not a blank on a page.
 */
public final class Texts {
    private static final Map<Language, Texts> ALL = load();

    private final Language language;
    private final Properties words;

    private Texts(Language language, Properties words) {
        this.language = language;
        this.words = words;
    }

    public static Texts of(Language language) {
        return ALL.get(language);
    }

    public Language language() {
        return language;
    }

    /** The language tag for {@code <html lang>}. */
    public String tag() {
        return language.name().toLowerCase(Locale.ROOT);
    }

    public String get(String key) {
        String value = words.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("no text " + key + " in " + tag());
        }
        return value;
    }

    /** A text with {@code {0}}, {@code {1}}… replaced by the arguments, in order. */
    public String get(String key, Object... arguments) {
        String value = get(key);
        for (int i = 0; i < arguments.length; i++) {
            value = value.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return value;
    }

    private static Map<Language, Texts> load() {
        Map<Language, Texts> all = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String name = "web/messages_" + language.name().toLowerCase(Locale.ROOT) + ".properties";
            Properties words = new Properties();
            try (InputStream in = Texts.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + name);
                }
                words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            all.put(language, new Texts(language, words));
        }
        Texts reference = all.get(Language.DEFAULT);
        for (Texts texts : all.values()) {
            if (!texts.words.keySet().equals(reference.words.keySet())) {
                throw new IllegalStateException("the " + texts.tag() + " texts do not have the same keys as the "
                        + reference.tag() + " ones");
            }
        }
        return all;
    }
}
