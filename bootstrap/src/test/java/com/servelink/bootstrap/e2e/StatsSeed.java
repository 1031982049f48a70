package com.servelink.bootstrap.e2e;

import com.servelink.adapter.persistence.config.Database;
import com.servelink.domain.catalog.PlanId;
import com.servelink.domain.support.Message;
import com.servelink.domain.support.MessageId;
import com.servelink.domain.support.Ticket;
import com.servelink.domain.support.TicketCategory;
import com.servelink.domain.support.TicketId;
import com.servelink.domain.support.TicketPriority;
import com.servelink.domain.team.Team;
import com.servelink.domain.team.TeamId;
import com.servelink.domain.team.TeamSlug;
import com.servelink.domain.team.UserId;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Tickets of March 2025, written through the ticket repository with chosen times (the API
 * stamps tickets with the server's clock, now): the figures the statistics tests expect follow
 * from them by hand, in the comments. {@code my-team}:
 * <ul>
 *   <li>a: created Mon 3 March 09:00, one support reply after 1 h, resolved after 2 h;</li>
 *   <li>b: created Tue 4 March 09:00, support replies after 3 h and 5 h, resolved Tue 11 March 09:00 (168 h);</li>
 *   <li>c: created Wed 12 March 09:00, one support reply after 2 h, still waiting;</li>
 *   <li>d: created Tue 18 March 09:00, closed the next day unresolved;</li>
 * </ul>
 * and the other team's x: created Wed 5 March 09:00, a reply after 1 h, resolved after 4 h.
 */
public final class StatsSeed {
    public static final String OTHER_TEAM = "stats-other";

    private StatsSeed() {
    }

    private static String id() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    public static void seed(Database database) {
        TeamId mine = database.teams().findBySlug(new TeamSlug("my-team")).orElseThrow().id();
        Team other = Team.create(TeamId.fromOpaque(id()), new TeamSlug(OTHER_TEAM), "Other team", PlanId.PRO);
        database.teams().save(other);
        UserId user = new UserId(1);
        UserId staff = new UserId(3);
        Ticket a = open(database, mine, user, "Déploiement bloqué", at("2025-03-03T09:00:00Z"));
        reply(database, a, staff, a.createdAt().plus(Duration.ofHours(1)));
        resolve(database, a, a.createdAt().plus(Duration.ofHours(2)));
        Ticket b = open(database, mine, user, "Facture en double", at("2025-03-04T09:00:00Z"));
        reply(database, b, staff, b.createdAt().plus(Duration.ofHours(3)));
        reply(database, b, staff, b.createdAt().plus(Duration.ofHours(5)));
        resolve(database, b, at("2025-03-11T09:00:00Z"));
        Ticket c = open(database, mine, user, "Certificat expiré", at("2025-03-12T09:00:00Z"));
        reply(database, c, staff, c.createdAt().plus(Duration.ofHours(2)));
        Ticket d = open(database, mine, user, "Question", at("2025-03-18T09:00:00Z"));
        database.transactions().run(() -> {
            Ticket t = database.tickets().findById(d.id()).orElseThrow();
            t.close(at("2025-03-19T09:00:00Z"));
            database.tickets().save(t);
        });
        Ticket x = open(database, other.id(), user, "Autre équipe", at("2025-03-05T09:00:00Z"));
        reply(database, x, staff, x.createdAt().plus(Duration.ofHours(1)));
        resolve(database, x, x.createdAt().plus(Duration.ofHours(4)));
    }

    private static Ticket open(Database database, TeamId team, UserId user, String subject, Instant at) {
        Ticket ticket = Ticket.open(TicketId.fromOpaque(id()), team, user, subject, "Rien ne marche depuis ce matin",
                TicketCategory.TECHNICAL, TicketPriority.HIGH, true, at);
        Message first = ticket.descriptionMessage(MessageId.fromOpaque(id()));
        database.transactions().run(() -> {
            database.tickets().save(ticket);
            database.tickets().addMessage(first);
        });
        return ticket;
    }

    private static void reply(Database database, Ticket ticket, UserId staff, Instant at) {
        database.transactions().run(() -> {
            Ticket t = database.tickets().findById(ticket.id()).orElseThrow();
            Message reply = t.replyAsStaff(MessageId.fromOpaque(id()), staff, "Nous regardons", at);
            database.tickets().save(t);
            database.tickets().addMessage(reply);
        });
    }

    private static void resolve(Database database, Ticket ticket, Instant at) {
        database.transactions().run(() -> {
            Ticket t = database.tickets().findById(ticket.id()).orElseThrow();
            t.resolve(at);
            database.tickets().save(t);
        });
    }
}
