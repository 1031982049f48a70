package com.servelink.adapter.mail;

import com.servelink.application.port.out.NotificationMailer.Mail;
import com.servelink.application.port.out.OutboxEvent;
import com.servelink.domain.catalog.Language;
import com.servelink.domain.notification.EventType;
import com.servelink.domain.notification.NotificationCategory;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words of each notification in French and English, written from the event's data only
 * (the keys of {@link EventType}'s list): no other source is read, so nothing else can appear.
 */
final class MailTexts {
    private static final DateTimeFormatter FR_TIME = DateTimeFormatter.ofPattern("d MMMM uuuu 'à' HH:mm 'UTC'",
            Locale.FRENCH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("MMMM d, uuuu 'at' HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private static final Map<NotificationCategory, String[]> CATEGORY = Map.of(
            NotificationCategory.TICKET_REPLIES, new String[]{"les réponses aux tickets", "ticket replies"},
            NotificationCategory.TICKET_STATUS, new String[]{"les changements de statut des tickets",
                    "ticket status changes"},
            NotificationCategory.NEW_TICKETS, new String[]{"les nouveaux tickets urgents", "new urgent tickets"},
            NotificationCategory.SLA, new String[]{"les alertes de délai (SLA)", "SLA alerts"},
            NotificationCategory.ADDON_EXPIRY, new String[]{"les options qui expirent", "expiring add-ons"},
            NotificationCategory.PAYMENTS, new String[]{"les paiements", "payments"},
            NotificationCategory.USAGE_ALERTS, new String[]{"les alertes de consommation", "usage alerts"},
            NotificationCategory.WEBHOOKS, new String[]{"les webhooks désactivés", "disabled webhooks"});

    private MailTexts() {
    }

    static MailView view(Mail mail) {
        boolean fr = mail.language() == Language.FR;
        OutboxEvent event = mail.event();
        EventType type = EventType.byCode(event.type()).orElseThrow(() ->
                new IllegalArgumentException("no e-mail for " + event.type()));
        String team = value(event, "team_name");
        String ticket = value(event, "ticket_id");
        String subject = value(event, "subject");
        List<String> lines = new ArrayList<>();
        String quote = "";
        String title;
        String action = fr ? "Voir le ticket" : "View the ticket";
        switch (type) {
            case TICKET_CREATED -> {
                title = fr ? "Nouveau ticket " + value(event, "priority") + " " + ticket + " : " + subject
                        : "New " + value(event, "priority") + " ticket " + ticket + ": " + subject;
                lines.add(fr ? "L'équipe " + team + " a ouvert le ticket " + ticket + " (priorité "
                        + value(event, "priority") + ", catégorie " + value(event, "category") + ")."
                        : "Team " + team + " opened ticket " + ticket + " (priority " + value(event, "priority")
                        + ", category " + value(event, "category") + ").");
                quote = value(event, "description");
            }
            case TICKET_REPLIED -> {
                title = fr ? "Nouvelle réponse au ticket " + ticket + " : " + subject
                        : "New reply on ticket " + ticket + ": " + subject;
                boolean support = "support".equals(value(event, "author_type"));
                lines.add(fr ? (support ? "Le support a répondu" : "Une réponse a été ajoutée") + " au ticket "
                        + ticket + " de l'équipe " + team + "."
                        : (support ? "Support replied" : "A reply was added") + " to ticket " + ticket
                        + " of team " + team + ".");
                quote = value(event, "text");
            }
            case TICKET_STATUS_CHANGED -> {
                title = fr ? "Ticket " + ticket + " : " + value(event, "to") + " — " + subject
                        : "Ticket " + ticket + " is now " + value(event, "to") + ": " + subject;
                lines.add(fr ? "Le statut du ticket " + ticket + " est passé de " + value(event, "from") + " à "
                        + value(event, "to") + "."
                        : "The status of ticket " + ticket + " changed from " + value(event, "from") + " to "
                        + value(event, "to") + ".");
            }
            case TICKET_SLA_WARNING, TICKET_SLA_BREACHED -> {
                boolean warning = type == EventType.TICKET_SLA_WARNING;
                title = fr ? (warning ? "Délai bientôt dépassé" : "Délai dépassé") + " sur le ticket " + ticket
                        + " : " + subject
                        : (warning ? "SLA warning" : "SLA breached") + " on ticket " + ticket + ": " + subject;
                lines.add(fr ? "Objectif " + value(event, "target") + " du ticket " + ticket + " (équipe " + team
                        + ", priorité " + value(event, "priority") + ") : échéance " + time(event, "due_at", true) + "."
                        : "Target " + value(event, "target") + " of ticket " + ticket + " (team " + team
                        + ", priority " + value(event, "priority") + "): due " + time(event, "due_at", false) + ".");
            }
            case ADDON_EXPIRING -> {
                String addOn = value(event, "resource_type") + " × " + value(event, "quantity") + " ("
                        + value(event, "resource_id") + ")";
                if ("true".equals(value(event, "auto_renew"))) {
                    // auto-renewal on: the renewal is charged 24 h before this date (decision 195)
                    title = fr ? "Votre option " + addOn + " sera renouvelée le " + time(event, "expires_at", true)
                            : "Your add-on " + addOn + " renews on " + time(event, "expires_at", false);
                    lines.add(fr ? "Le renouvellement automatique de l'option " + addOn + " de l'équipe " + team
                            + " est activé : 30 jours de plus seront facturés au moyen de paiement enregistré, dans"
                            + " les 24 heures avant le " + time(event, "expires_at", true)
                            + ". Désactivez-le sur la page des options pour la laisser expirer."
                            : "Auto-renewal of add-on " + addOn + " of team " + team + " is on: 30 more days will be"
                            + " charged to the saved payment method within 24 hours before "
                            + time(event, "expires_at", false) + ". Turn it off on the add-ons page to let it expire.");
                } else {
                    title = fr ? "Votre option " + addOn + " expire le " + time(event, "expires_at", true)
                            : "Your add-on " + addOn + " expires on " + time(event, "expires_at", false);
                    lines.add(fr ? "L'option " + addOn + " de l'équipe " + team + " expire le "
                            + time(event, "expires_at", true) + ". Renouvelez-la pour garder ses ressources."
                            : "Add-on " + addOn + " of team " + team + " expires on "
                            + time(event, "expires_at", false) + ". Renew it to keep its resources.");
                }
                action = fr ? "Voir les options" : "View the add-ons";
            }
            case PAYMENT_COMPLETED, PAYMENT_FAILED -> {
                boolean ok = type == EventType.PAYMENT_COMPLETED;
                String amount = value(event, "amount") + " " + value(event, "currency");
                String payment = value(event, "payment_id");
                title = fr ? (ok ? "Paiement " + payment + " reçu : " : "Échec du paiement " + payment + " : ") + amount
                        : (ok ? "Payment " + payment + " received: " : "Payment " + payment + " failed: ") + amount;
                lines.add(fr ? (ok ? "Le paiement de " + amount + " de l'équipe " + team + " pour l'option "
                        + value(event, "resource_id") + " a été reçu."
                        : "Le paiement de " + amount + " de l'équipe " + team + " pour l'option "
                        + value(event, "resource_id") + " a échoué : l'option n'est pas activée.")
                        : (ok ? "The payment of " + amount + " by team " + team + " for add-on "
                        + value(event, "resource_id") + " was received."
                        : "The payment of " + amount + " by team " + team + " for add-on "
                        + value(event, "resource_id") + " failed: the add-on is not active."));
                action = fr ? "Voir les options" : "View the add-ons";
            }
            case USAGE_ALERT -> {
                title = fr ? "Alerte de consommation " + value(event, "level") + " : " + value(event, "metric")
                        + " (" + value(event, "month") + ")"
                        : "Usage alert " + value(event, "level") + ": " + value(event, "metric")
                        + " (" + value(event, "month") + ")";
                lines.add(fr ? "L'équipe " + team + " a atteint le niveau " + value(event, "level") + " pour "
                        + value(event, "metric") + " en " + value(event, "month") + "."
                        : "Team " + team + " reached level " + value(event, "level") + " for "
                        + value(event, "metric") + " in " + value(event, "month") + ".");
                action = fr ? "Voir le tableau de bord" : "View the dashboard";
            }
            case WEBHOOK_DISABLED -> {
                title = fr ? "Webhook désactivé : " + value(event, "url") : "Webhook disabled: " + value(event, "url");
                lines.add(fr ? "Le webhook " + value(event, "url") + " (" + value(event, "description")
                        + ") de l'équipe " + team + " échoue depuis le " + time(event, "failing_since", true)
                        + " : il a été désactivé."
                        : "Webhook " + value(event, "url") + " (" + value(event, "description") + ") of team "
                        + team + " has failed since " + time(event, "failing_since", false) + ": it was disabled.");
                action = fr ? "Voir le tableau de bord" : "View the dashboard";
            }
            default -> throw new IllegalArgumentException("no e-mail for " + event.type());
        }
        String category = CATEGORY.get(mail.category())[fr ? 0 : 1];
        return new MailView(fr ? "fr" : "en", oneLine("[Servelink] " + title),
                fr ? "Bonjour " + mail.name() + "," : "Hello " + mail.name() + ",",
                lines, quote, action, mail.pageUrl(),
                fr ? "Vous recevez ce message pour " + category + "." : "You receive this message for " + category + ".",
                fr ? "Ne plus recevoir ces e-mails" : "Unsubscribe from these e-mails",
                mail.unsubscribeUrl());
    }

    private static String value(OutboxEvent event, String key) {
        return event.text(key).orElse("");
    }

    private static String time(OutboxEvent event, String key, boolean fr) {
        String raw = value(event, key);
        try {
            return (fr ? FR_TIME : EN_TIME).format(Instant.parse(raw));
        } catch (DateTimeParseException notAnInstant) {
            return raw;
        }
    }

    /** A header holds one line: any control character becomes a space. */
    static String oneLine(String text) {
        return text.replaceAll("\\p{Cntrl}+", " ").strip();
    }
}
