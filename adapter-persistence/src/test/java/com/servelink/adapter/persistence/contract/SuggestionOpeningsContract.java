package com.servelink.adapter.persistence.contract;

import com.servelink.adapter.persistence.fixture.DatabaseFixture;
import com.servelink.application.port.out.SuggestionOpenings;
import com.servelink.domain.catalog.Language;
import com.servelink.domain.catalog.PlanId;
import com.servelink.domain.kb.Article;
import com.servelink.domain.kb.ArticleId;
import com.servelink.domain.kb.ArticleSlug;
import com.servelink.domain.kb.DeflectionFigures;
import com.servelink.domain.support.Ticket;
import com.servelink.domain.support.TicketCategory;
import com.servelink.domain.support.TicketId;
import com.servelink.domain.team.Team;
import com.servelink.domain.team.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The suggestion openings on a database: one opening per user, article and window, and the
 * deflection counts (followed by a ticket of the same user in the window, pending, deflected).
 */
abstract class SuggestionOpeningsContract extends ContractBase {
    private static final Duration WINDOW = DeflectionFigures.WINDOW;
    /** Far from the other tests' instants, so that the periods below see only this test's openings. */
    private static final Instant AT = Instant.parse("2031-05-04T08:00:00Z");

    private SuggestionOpenings openings() {
        return ((DatabaseFixture) fixture).database().suggestionOpenings();
    }

    private ArticleId article() {
        Article article = Article.draft(ArticleId.fromOpaque(unique()), new ArticleSlug("s-" + unique()), "Titre",
                "Corps", Language.FR, TicketCategory.TECHNICAL, "support@servelink.com", T0);
        article.publish(T0);
        fixture.articles().save(article);
        return article.id();
    }

    private void ticket(Team team, UserId user, Instant at) {
        fixture.tickets().save(Ticket.open(TicketId.fromOpaque(unique()), team.id(), user, "Sujet", "Description",
                TicketCategory.TECHNICAL, null, false, at));
    }

    @Test
    void a_reload_within_the_window_is_one_opening() {
        ArticleId article = article();
        UserId user = new UserId(9001);
        assertThat(openings().record(user, article, AT, AT.plus(WINDOW))).isTrue();
        assertThat(openings().record(user, article, AT.plusSeconds(60), AT.plusSeconds(60).plus(WINDOW))).isFalse();
        assertThat(openings().record(new UserId(9002), article, AT.plusSeconds(60), AT.plusSeconds(60).plus(WINDOW)))
                .isTrue();
        Instant later = AT.plus(WINDOW).plusSeconds(1);
        assertThat(openings().record(user, article, later, later.plus(WINDOW))).isTrue();
    }

    @Test
    void openings_are_deflected_followed_by_a_ticket_or_pending() {
        Team team = newTeam(PlanId.PRO);
        ArticleId article = article();
        Instant day = Instant.parse("2032-02-10T09:00:00Z");
        UserId deflected = new UserId(9101);
        UserId followed = new UserId(9102);
        UserId lateTicket = new UserId(9103);
        UserId earlyTicket = new UserId(9104);
        UserId pending = new UserId(9105);
        openings().record(deflected, article, day, day.plus(WINDOW));
        openings().record(followed, article, day, day.plus(WINDOW));
        ticket(team, followed, day.plus(Duration.ofHours(3)));
        openings().record(lateTicket, article, day, day.plus(WINDOW));
        ticket(team, lateTicket, day.plus(WINDOW).plusSeconds(1));
        ticket(team, earlyTicket, day.minusSeconds(1));
        openings().record(earlyTicket, article, day, day.plus(WINDOW));
        Instant recent = day.plus(Duration.ofHours(30));
        openings().record(pending, article, recent, recent.plus(WINDOW));
        // another user's ticket of the same team does not count for them
        ticket(team, new UserId(9199), day.plusSeconds(5));

        Optional<Instant> from = Optional.of(day.minusSeconds(1));
        Optional<Instant> to = Optional.of(day.plus(Duration.ofDays(3)));
        DeflectionFigures figures = openings().count(from, to, day.plus(Duration.ofHours(31)));
        assertThat(figures.opened()).isEqualTo(5);
        assertThat(figures.followedByTicket()).isEqualTo(1);
        assertThat(figures.pending()).isEqualTo(1);
        assertThat(figures.deflected()).isEqualTo(3);
        assertThat(figures.rate()).hasValueSatisfying(rate -> assertThat(rate).isEqualByComparingTo("0.75"));

        // a ticket in the window decides at once: followed, not pending
        ticket(team, pending, recent.plusSeconds(10));
        assertThat(openings().count(from, to, recent.plusSeconds(20)).followedByTicket()).isEqualTo(2);
        // the period bounds the openings
        assertThat(openings().count(Optional.of(day.plusSeconds(1)), to, recent.plusSeconds(20)).opened()).isEqualTo(1);
        assertThat(openings().count(Optional.empty(), Optional.of(day.minusSeconds(1)), recent).opened())
                .isGreaterThanOrEqualTo(0);
    }
}
