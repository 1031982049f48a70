package com.servelink.adapter.persistence.queries;

import com.servelink.adapter.persistence.fixture.DatabaseFixture;
import com.servelink.adapter.persistence.fixture.StatementCounter;
import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.billing.GetTeamLimitsUseCase.GetTeamLimitsQuery;
import com.servelink.application.port.in.support.GetTicketStatisticsUseCase.GetTicketStatisticsQuery;
import com.servelink.application.port.in.support.GetTicketUseCase.GetTicketQuery;
import com.servelink.application.port.in.support.TicketScope;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.application.service.billing.GetTeamLimitsService;
import com.servelink.application.service.support.GetTicketService;
import com.servelink.application.service.support.GetTicketStatisticsService;
import com.servelink.domain.catalog.PlanId;
import com.servelink.domain.catalog.TestCatalog;
import com.servelink.domain.support.MessageId;
import com.servelink.domain.support.Ticket;
import com.servelink.domain.support.TicketCategory;
import com.servelink.domain.support.TicketId;
import com.servelink.domain.team.Membership;
import com.servelink.domain.team.Role;
import com.servelink.domain.team.Team;
import com.servelink.domain.team.TeamId;
import com.servelink.domain.team.TeamSlug;
import com.servelink.domain.team.User;
import com.servelink.domain.team.UserId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Clock;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No N+1: reading a ticket with 100 messages, a team's limits or its statistics issues a small,
 * fixed number of statements, counted at the JDBC level (Hibernate's and hand-written SQL alike).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementCountTest {
    private final StatementCounter counter = new StatementCounter();
    private DatabaseFixture fixture;
    private final Actor member = new Actor.TeamUser(new UserId(1));
    private final TeamSlug slug = new TeamSlug("counted");
    private TicketId ticketId;

    @BeforeAll
    void setUp() {
        fixture = DatabaseFixture.h2(counter::wrap);
        Team team = Team.create(TeamId.fromOpaque("counted"), slug, "Counted", PlanId.PRO);
        fixture.teams().save(team);
        fixture.users().save(new User(new UserId(1), "m@example.com", "M", false));
        fixture.memberships().save(new Membership(team.id(), new UserId(1), Role.MEMBER));
        Instant now = Instant.parse("2025-01-25T10:00:00Z");
        Ticket ticket = Ticket.open(TicketId.fromOpaque("counted"), team.id(), new UserId(1), "Sujet", "Description",
                TicketCategory.TECHNICAL, null, true, now);
        fixture.transactions().run(() -> {
            fixture.tickets().save(ticket);
            fixture.tickets().addMessage(ticket.descriptionMessage(MessageId.fromOpaque("m0")));
            for (int i = 1; i < 100; i++) {
                fixture.tickets().addMessage(ticket.replyAsUser(MessageId.fromOpaque("m" + i), new UserId(1),
                        "message " + i, now.plusSeconds(i)));
            }
        });
        ticketId = ticket.id();
    }

    @AfterAll
    void tearDown() {
        fixture.close();
    }

    private long statementsOf(Runnable work) {
        counter.reset();
        work.run();
        return counter.count();
    }

    @Test
    void a_ticket_with_100_messages_is_read_in_three_statements() {
        var service = new GetTicketService(new TeamAccess(fixture.memberships()), fixture.tickets(), Clock.systemUTC());
        long statements = statementsOf(() -> assertThat(service.get(new GetTicketQuery(member,
                TicketScope.ofTeam(slug), ticketId)).messages()).hasSize(100));
        assertThat(statements).isEqualTo(3); // membership with team, ticket, messages
    }

    @Test
    void a_token_look_up_is_one_statement() {
        String hash = "f".repeat(64);
        fixture.apiTokens().save(hash, new UserId(1), Instant.parse("2025-01-25T10:00:00Z"));
        assertThat(statementsOf(() -> assertThat(fixture.apiTokens().findUserByTokenHash(hash)).isPresent()))
                .isEqualTo(1);
    }

    @Test
    void limits_take_two_statements_and_statistics_two() {
        var access = new TeamAccess(fixture.memberships());
        var limits = new GetTeamLimitsService(access, TestCatalog.standard(), fixture.resources(), Clock.systemUTC());
        var stats = new GetTicketStatisticsService(access, fixture.tickets());
        assertThat(statementsOf(() -> limits.getLimits(new GetTeamLimitsQuery(member, slug)))).isEqualTo(2);
        assertThat(statementsOf(() -> stats.statistics(new GetTicketStatisticsQuery(member, TicketScope.ofTeam(slug)))))
                .isEqualTo(2);
    }
}
