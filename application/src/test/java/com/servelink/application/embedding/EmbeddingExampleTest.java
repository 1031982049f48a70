package com.servelink.application.embedding;

import com.servelink.application.inmemory.InMemoryMembershipRepository;
import com.servelink.application.inmemory.InMemoryTeamRepository;
import com.servelink.application.inmemory.InMemoryTicketRepository;
import com.servelink.application.inmemory.InMemoryTransactions;
import com.servelink.application.inmemory.RandomIdSource;
import com.servelink.application.inmemory.RecordingEventPublisher;
import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.support.CreateTicketUseCase;
import com.servelink.application.port.in.support.CreateTicketUseCase.CreateTicketCommand;
import com.servelink.application.port.in.support.TicketView;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.application.service.support.CreateTicketService;
import com.servelink.domain.catalog.Plan;
import com.servelink.domain.catalog.PlanFeatures;
import com.servelink.domain.catalog.PlanId;
import com.servelink.domain.catalog.PlanLimits;
import com.servelink.domain.catalog.PricingCatalog;
import com.servelink.domain.shared.Money;
import com.servelink.domain.support.TicketPriority;
import com.servelink.domain.team.Membership;
import com.servelink.domain.team.Role;
import com.servelink.domain.team.Team;
import com.servelink.domain.team.TeamId;
import com.servelink.domain.team.TeamSlug;
import com.servelink.domain.team.UserId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's embedding example, kept compiling and true by running it. */
class EmbeddingExampleTest {

    @Test
    void the_readme_example_runs() {
        // --- README example start ---
        // 1. A catalog (normally parsed from pricing-specs.json): here one Pro plan, built in code.
        Plan pro = new Plan(PlanId.PRO, "Pro", Money.eur("3.00"),
                new PlanLimits(new BigDecimal("4.0"), 6144, 10, 10240, -1, -1),
                new PlanFeatures(true, true, true, Optional.empty()), Map.of());
        PricingCatalog catalog = new PricingCatalog(List.of(pro), List.of());

        // 2. Outbound adapters: in-memory ones here; your own JDBC or JPA ones in production.
        var teams = new InMemoryTeamRepository();
        var memberships = new InMemoryMembershipRepository(teams);
        var tickets = new InMemoryTicketRepository();
        var events = new RecordingEventPublisher();
        Team team = Team.create(TeamId.fromOpaque("acme"), new TeamSlug("acme"), "Acme", PlanId.PRO);
        teams.save(team);
        memberships.save(new Membership(team.id(), new UserId(42), Role.MEMBER));

        // 3. The use case, built with plain constructors, called through its port.
        CreateTicketUseCase createTicket = new CreateTicketService(new TeamAccess(memberships), catalog, tickets,
                new InMemoryTransactions(), new RandomIdSource(), Clock.systemUTC(), events);
        TicketView ticket = createTicket.create(CreateTicketCommand.of(new Actor.TeamUser(new UserId(42)),
                new TeamSlug("acme"), "Problème de déploiement", "Mon application ne démarre pas...", null, null));

        System.out.println(ticket.ticket().id() + " " + ticket.ticket().priority()); // ticket_… HIGH
        // --- README example end ---

        assertThat(ticket.ticket().priority()).isEqualTo(TicketPriority.HIGH);
        assertThat(events.events()).hasSize(1);
    }
}
