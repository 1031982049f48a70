package com.servelink.adapter.http.webhook;

import com.servelink.adapter.http.json.Json;
import com.servelink.application.port.out.OutboxEvent;
import com.servelink.domain.notification.WebhookKind;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What an endpoint receives. The {@code webhook} kind gets the event itself,
 * {@code {"id", "type", "created" (unix seconds, as Stripe), "data"}}, signed in
 * {@code Servelink-Signature: t=<unix>,v1=<hex HMAC-SHA256 of "t.body">} with one {@code v1} per
 * valid secret (the secret's full text, {@code whsec_…}, is the HMAC key, as Stripe's). Slack and
 * Discord get a one-line readable message with a link to the page it concerns, in their
 * incoming-webhook formats, unsigned (they cannot check a signature). Only the event's data is
 * used: nothing outside the snapshot can leave.
 */
public final class WebhookPayloads {
    public static final String SIGNATURE_HEADER = "Servelink-Signature";

    private final Supplier<String> publicUrl;

    /** @param publicUrl the base of links, without trailing slash */
    public WebhookPayloads(Supplier<String> publicUrl) {
        this.publicUrl = publicUrl;
    }

    public byte[] body(WebhookKind kind, OutboxEvent event) {
        Map<String, Object> body = new LinkedHashMap<>();
        switch (kind) {
            case WEBHOOK -> {
                body.put("id", event.id());
                body.put("type", event.type());
                body.put("created", event.occurredAt().getEpochSecond());
                body.put("data", event.data());
            }
            case SLACK -> body.put("text", slackText(event));
            case DISCORD -> {
                body.put("content", discordText(event));
                body.put("allowed_mentions", Map.of("parse", List.of()));
            }
        }
        return Json.write(body);
    }

    /** The header value: {@code t=<unix seconds>} then one {@code v1=} per secret, current first. */
    public static String signature(byte[] body, List<String> secrets, Instant at) {
        long t = at.getEpochSecond();
        return "t=" + t + secrets.stream().map(secret -> ",v1=" + hmac(secret, t, body)).collect(Collectors.joining());
    }

    private static String hmac(String secret, long t, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private String slackText(OutboxEvent event) {
        return slackEscape(sentence(event)) + " <" + link(event) + "|" + slackEscape(linkLabel(event)) + ">";
    }

    private String discordText(OutboxEvent event) {
        return discordEscape(sentence(event)) + " " + link(event);
    }

    /** One readable sentence per event type, from its data only. */
    static String sentence(OutboxEvent event) {
        String team = event.text("team_name").orElse(event.text("team_slug").orElse("your team"));
        String subject = "\u201c" + event.text("subject").orElse("") + "\u201d";
        String sentence = switch (event.type()) {
            case "ticket.created" -> "New ticket " + subject + " (" + event.text("priority").orElse("") + ")";
            case "ticket.replied" -> "New reply on ticket " + subject + " from "
                    + event.text("author_type").map(author -> author.equals("support") ? "support" : author)
                    .orElse("someone");
            case "ticket.status_changed" -> "Ticket " + subject + " moved from " + event.text("from").orElse("?")
                    + " to " + event.text("to").orElse("?");
            case "ticket.sla_warning" -> "SLA warning on ticket " + subject + ": " + target(event) + " due at "
                    + event.text("due_at").orElse("?");
            case "ticket.sla_breached" -> "SLA breached on ticket " + subject + ": " + target(event) + " was due at "
                    + event.text("due_at").orElse("?");
            case "addon.activated" -> "Add-on " + addOn(event) + " activated";
            case "addon.expiring" -> "Add-on " + addOn(event) + " expires at " + event.text("expires_at").orElse("?");
            case "addon.expired" -> "Add-on " + addOn(event) + " expired";
            case "payment.completed" -> "Payment of " + amount(event) + " completed";
            case "payment.failed" -> "Payment of " + amount(event) + " failed";
            case "usage.alert" -> "Usage alert: " + event.text("metric").orElse("?") + " reached "
                    + event.text("level").orElse("?") + " in " + event.text("month").orElse("?");
            default -> "Event " + event.type();
        };
        return "[" + team + "] " + sentence;
    }

    private static String target(OutboxEvent event) {
        return event.text("target").orElse("?").replace('_', ' ');
    }

    private static String addOn(OutboxEvent event) {
        return event.text("resource_type").orElse("?") + " \u00d7" + event.text("quantity").orElse("?");
    }

    private static String amount(OutboxEvent event) {
        return event.text("amount").orElse("?") + " " + event.text("currency").orElse("");
    }

    /** The page an event concerns: the ticket, the add-ons, or the dashboard. */
    String link(OutboxEvent event) {
        String team = event.text("team_slug").map(slug -> "/teams/" + slug).orElse("");
        String path;
        if (event.type().startsWith("ticket.") && event.text("ticket_id").isPresent() && !team.isEmpty()) {
            path = team + "/support/tickets/" + event.text("ticket_id").get();
        } else if ((event.type().startsWith("addon.") || event.type().startsWith("payment.")) && !team.isEmpty()) {
            path = team + "/addons";
        } else if (!team.isEmpty()) {
            path = team + "/dashboard";
        } else {
            path = "/";
        }
        return publicUrl.get() + path;
    }

    private static String linkLabel(OutboxEvent event) {
        return event.type().startsWith("ticket.") ? "Open the ticket" : "Open Servelink";
    }

    /** Slack's three control characters in message text. */
    private static String slackEscape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Discord's markdown, so a subject cannot format or mask a link. */
    private static String discordEscape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if ("\\*_~`|>[]()#@<:".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
