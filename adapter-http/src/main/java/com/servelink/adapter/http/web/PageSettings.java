package com.servelink.adapter.http.web;

import java.time.ZoneId;
import java.util.Objects;

/**
 * How the pages behave in this deployment: whether cookies are {@code Secure} (the public URL
 * is https) and the time zone dates and times are shown in.
 */
public record PageSettings(boolean secureCookies, ZoneId zone) {
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Paris");

    public PageSettings {
        Objects.requireNonNull(zone, "zone");
    }

    /** Secure cookies exactly when the public URL is https. */
    public static PageSettings forPublicUrl(String publicUrl, ZoneId zone) {
        return new PageSettings(publicUrl != null && publicUrl.regionMatches(true, 0, "https:", 0, 6), zone);
    }
}
