package com.servelink.domain.notification;

import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.FieldChecks;
import com.servelink.domain.shared.FieldError;
import com.servelink.domain.team.TeamId;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A URL a team asked to be called when its events happen. It protects what a receiver relies
 * on: at least one subscribable event, a well-formed http(s) URL, one current signing secret
 * (plus the previous one for {@link #ROTATION_OVERLAP} after a rotation), and the rule that an
 * endpoint failing without a break for {@link #DISABLE_AFTER} is switched off until an owner or
 * admin enables it again. Whether the URL's address may be called at all (SSRF) is decided by
 * the application, which knows the operator's settings and resolves names.
 */
public final class WebhookEndpoint {
    public static final Duration ROTATION_OVERLAP = Duration.ofHours(24);
    public static final Duration DISABLE_AFTER = Duration.ofHours(24);
    public static final int MAX_URL_LENGTH = 2048;
    public static final int MAX_DESCRIPTION_LENGTH = 200;

    private final WebhookEndpointId id;
    private final TeamId teamId;
    private final String url;
    private final Set<EventType> events;
    private final String description;
    private final WebhookKind kind;
    private final Instant createdAt;
    private List<SigningSecret> secrets;
    private boolean enabled;
    private Optional<Instant> failingSince;

    private WebhookEndpoint(WebhookEndpointId id, TeamId teamId, String url, Set<EventType> events, String description,
                            WebhookKind kind, Instant createdAt, List<SigningSecret> secrets, boolean enabled,
                            Optional<Instant> failingSince) {
        this.id = Objects.requireNonNull(id, "id");
        this.teamId = Objects.requireNonNull(teamId, "teamId");
        this.url = url;
        this.events = Collections.unmodifiableSet(EnumSet.copyOf(events));
        this.description = Objects.requireNonNull(description, "description");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.secrets = List.copyOf(secrets);
        this.enabled = enabled;
        this.failingSince = Objects.requireNonNull(failingSince, "failingSince");
        if (this.secrets.isEmpty() || this.secrets.get(0).expiresAt().isPresent()) {
            throw new IllegalArgumentException("an endpoint has one current secret, first");
        }
    }

    /**
     * A new, enabled endpoint; every invalid field is reported at once.
     *
     * @param events the codes of the events it subscribes to ({@link EventType#subscribable()} ones)
     */
    public static WebhookEndpoint create(WebhookEndpointId id, TeamId teamId, String url, List<String> events,
                                         String description, WebhookKind kind, String secret, Instant now) {
        FieldChecks checks = new FieldChecks();
        checkUrl(url, checks);
        Set<EventType> types = events(events, checks);
        String text = description == null ? "" : description.strip();
        if (!text.isEmpty()) {
            checks.text(text, "description", 1, MAX_DESCRIPTION_LENGTH);
        }
        checks.throwIfAny();
        return new WebhookEndpoint(id, teamId, url, types, text, kind, now, List.of(SigningSecret.current(secret)),
                true, Optional.empty());
    }

    /** For the persistence mapper only. */
    public static WebhookEndpoint reconstitute(WebhookEndpointId id, TeamId teamId, String url, Set<EventType> events,
                                               String description, WebhookKind kind, Instant createdAt,
                                               List<SigningSecret> secrets, boolean enabled,
                                               Optional<Instant> failingSince) {
        return new WebhookEndpoint(id, teamId, url, events, description, kind, createdAt, secrets, enabled,
                failingSince);
    }

    private static void checkUrl(String url, FieldChecks checks) {
        if (url == null || url.isBlank()) {
            checks.add(new FieldError("url", "is required"));
            return;
        }
        if (url.length() > MAX_URL_LENGTH) {
            checks.add(new FieldError("url", "must be at most " + MAX_URL_LENGTH
                    + " characters long"));
            return;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            checks.require(scheme.equals("https") || scheme.equals("http"), "url", "must be an https URL")
                    .require(uri.getHost() != null && !uri.getHost().isEmpty(), "url", "must name a host")
                    .require(uri.getRawUserInfo() == null, "url", "must not carry a user name or password")
                    .require(uri.getRawFragment() == null, "url", "must not have a fragment (#…)");
        } catch (URISyntaxException e) {
            checks.add(new FieldError("url", "is not a valid URL: " + e.getReason()));
        }
    }

    private static Set<EventType> events(List<String> codes, FieldChecks checks) {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        if (codes == null || codes.isEmpty()) {
            checks.add(new FieldError("events", "must name at least one event"));
            return EnumSet.of(EventType.TICKET_CREATED); // not kept: the checks throw
        }
        for (String code : codes) {
            Optional<EventType> type = code == null ? Optional.empty() : EventType.byCode(code);
            if (type.isEmpty() || !type.get().subscribable()) {
                checks.add(new FieldError("events", "unknown event " + code
                        + "; one of " + subscribableCodes()));
            } else {
                types.add(type.get());
            }
        }
        return types.isEmpty() ? EnumSet.of(EventType.TICKET_CREATED) : types;
    }

    /** The codes an endpoint may subscribe to, comma-separated. */
    public static String subscribableCodes() {
        List<String> codes = new ArrayList<>();
        for (EventType type : EventType.values()) {
            if (type.subscribable()) {
                codes.add(type.code());
            }
        }
        return String.join(", ", codes);
    }

    /**
     * Replaces the current secret by {@code fresh}; the replaced one stays valid for
     * {@link #ROTATION_OVERLAP}. One previous secret is kept: rotating again within the overlap
     * ends the older one at once.
     */
    public void rotateSecret(String fresh, Instant now) {
        SigningSecret previous = new SigningSecret(secrets.get(0).value(), Optional.of(now.plus(ROTATION_OVERLAP)));
        secrets = List.of(SigningSecret.current(fresh), previous);
    }

    /** The secrets a delivery at {@code now} is signed with, current first. */
    public List<String> validSecrets(Instant now) {
        return secrets.stream().filter(secret -> secret.validAt(now)).map(SigningSecret::value).toList();
    }

    /** Whether an event of this type is sent here (a manual redelivery is sent whatever the type). */
    public boolean subscribes(String eventType) {
        return EventType.byCode(eventType).map(events::contains).orElse(false);
    }

    /** A failed attempt: the failure streak starts now unless it already runs. */
    public void failed(Instant now) {
        if (failingSince.isEmpty()) {
            failingSince = Optional.of(now);
        }
    }

    /** A delivered attempt ends the failure streak. */
    public void delivered() {
        failingSince = Optional.empty();
    }

    /** Whether the failure streak has run for {@link #DISABLE_AFTER} while enabled: time to disable it. */
    public boolean dueForDisabling(Instant now) {
        return enabled && failingSince.map(since -> !since.plus(DISABLE_AFTER).isAfter(now)).orElse(false);
    }

    /** Switches a failing endpoint off; refused while its failures have not lasted {@link #DISABLE_AFTER}. */
    public void disable(Instant now) {
        if (!dueForDisabling(now)) {
            throw new DomainException(ErrorCode.INVALID_TRANSITION,
                    "webhook " + id + " is disabled only after " + DISABLE_AFTER.toHours() + " h of failures");
        }
        enabled = false;
    }

    /** Enables it again with a clean slate (an enabled endpoint stays as it is). */
    public void enable() {
        if (!enabled) {
            enabled = true;
            failingSince = Optional.empty();
        }
    }

    public WebhookEndpointId id() {
        return id;
    }

    public TeamId teamId() {
        return teamId;
    }

    public String url() {
        return url;
    }

    public Set<EventType> events() {
        return events;
    }

    public String description() {
        return description;
    }

    public WebhookKind kind() {
        return kind;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<SigningSecret> secrets() {
        return secrets;
    }

    public boolean enabled() {
        return enabled;
    }

    public Optional<Instant> failingSince() {
        return failingSince;
    }
}
