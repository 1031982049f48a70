package com.servelink.bootstrap;

import com.servelink.adapter.http.server.UseCases;
import com.servelink.adapter.persistence.config.Database;
import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.admin.AddMemberUseCase.AddMemberCommand;
import com.servelink.application.port.in.admin.CreateTeamUseCase.CreateTeamCommand;
import com.servelink.application.port.in.admin.CreateUserUseCase.CreateUserCommand;
import com.servelink.application.port.in.admin.IssueTokenUseCase.IssueTokenCommand;
import com.servelink.bootstrap.config.Configuration;
import com.servelink.domain.catalog.PlanId;
import com.servelink.domain.catalog.PricingCatalog;

import java.io.PrintStream;
import java.util.Optional;

/**
 * The demo set-up of an empty embedded database (SPEC §9): team {@code my-team} on Pro with an
 * owner and a member, and a support staff user, created through the operator's use cases; their
 * tokens are printed once.
 */
public final class DemoData {
    public static final String TEAM = "my-team";

    /** The demo users' bearer tokens. */
    public record Tokens(String owner, String member, String staff) {
    }

    private DemoData() {
    }

    /**
     * Creates the demo set-up when the configuration asks for it (unless it exists, so restarts
     * stay quiet) or, when it says nothing, on an empty embedded database.
     */
    static Optional<Tokens> createIfWanted(Configuration configuration, Database database, UseCases useCases,
                                           PricingCatalog catalog, PrintStream console) {
        boolean wanted = configuration.demoData()
                .map(asked -> asked && !exists(database))
                .orElse(configuration.isEmbeddedDefault() && !anyTeam(database));
        return wanted ? Optional.of(create(useCases, catalog, console)) : Optional.empty();
    }

    static boolean anyTeam(Database database) {
        return database.transactions().withEntityManager(em -> !em.createNativeQuery("select 1 from team")
                .setMaxResults(1).getResultList().isEmpty());
    }

    static boolean exists(Database database) {
        return database.teams().findBySlug(new com.servelink.domain.team.TeamSlug(TEAM)).isPresent();
    }

    static Tokens create(UseCases useCases, PricingCatalog catalog, PrintStream console) {
        Actor operator = new Actor.Operator();
        String plan = catalog.plan(PlanId.PRO).isPresent() ? PlanId.PRO.value() : catalog.plans().get(0).id().value();
        var team = useCases.createTeam().create(new CreateTeamCommand(operator, TEAM, "My team", plan));
        var owner = useCases.createUser().create(new CreateUserCommand(operator, "owner@example.com", "Demo owner", false));
        var member = useCases.createUser().create(new CreateUserCommand(operator, "member@example.com", "Demo member",
                false));
        var staff = useCases.createUser().create(new CreateUserCommand(operator, "support@servelink.com",
                "Demo support", true));
        useCases.addMember().add(new AddMemberCommand(operator, team.slug(), owner.id().value(), "owner"));
        useCases.addMember().add(new AddMemberCommand(operator, team.slug(), member.id().value(), "member"));
        Tokens tokens = new Tokens(
                useCases.issueToken().issue(new IssueTokenCommand(operator, owner.id().value())).token(),
                useCases.issueToken().issue(new IssueTokenCommand(operator, member.id().value())).token(),
                useCases.issueToken().issue(new IssueTokenCommand(operator, staff.id().value())).token());
        console.println("Demo data created: team " + TEAM + " (" + plan + "). Tokens, shown once:");
        console.println("  owner   owner@example.com      " + tokens.owner());
        console.println("  member  member@example.com     " + tokens.member());
        console.println("  staff   support@servelink.com  " + tokens.staff());
        return tokens;
    }
}
