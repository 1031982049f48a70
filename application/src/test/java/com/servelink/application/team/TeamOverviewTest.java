package com.servelink.application.team;

import com.servelink.application.port.in.team.GetTeamOverviewUseCase.GetTeamOverviewQuery;
import com.servelink.application.service.team.GetTeamOverviewService;
import com.servelink.application.service.team.ListMyTeamsService;
import com.servelink.application.testing.TestCore;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.team.Membership;
import com.servelink.domain.team.Role;
import com.servelink.domain.team.UserId;
import org.junit.jupiter.api.Test;

import static com.servelink.application.testing.Refusals.refused;
import static com.servelink.application.testing.TestCore.ACME;
import static com.servelink.application.testing.TestCore.RIVAL;
import static com.servelink.application.testing.TestCore.TINY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What a member sees of its teams, and the refusals a page shows before anyone clicks "buy". */
class TeamOverviewTest {
    private final TestCore core = new TestCore();
    private final GetTeamOverviewService overview = new GetTeamOverviewService(core.access, core.catalog);
    private final ListMyTeamsService myTeams = new ListMyTeamsService(core.memberships, core.catalog);

    @Test
    void an_owner_of_a_pro_team_may_buy_and_has_priority_support() {
        var seen = overview.overview(new GetTeamOverviewQuery(core.owner, ACME));
        assertThat(seen.role()).isEqualTo(Role.OWNER);
        assertThat(seen.mayPurchase()).isTrue();
        assertThat(seen.mayManageBilling()).isTrue();
        assertThat(seen.prioritySupport()).isTrue();
    }

    @Test
    void a_member_is_told_the_same_refusal_a_purchase_would_meet() {
        var seen = overview.overview(new GetTeamOverviewQuery(core.member, ACME));
        DomainException purchase = refused(() -> core.buy(core.member, ACME, "ram", 1), ErrorCode.FORBIDDEN);
        assertThat(seen.purchaseRefusal()).contains(purchase.getMessage());
        assertThat(seen.billingRefusal()).contains(purchase.getMessage());
    }

    @Test
    void an_owner_on_a_plan_without_add_ons_is_told_the_plan_it_needs_and_may_still_manage_billing() {
        var seen = overview.overview(new GetTeamOverviewQuery(core.freeOwner, TINY));
        DomainException purchase = refused(() -> core.buy(core.freeOwner, TINY, "ram", 1), ErrorCode.PLAN_REQUIRED);
        assertThat(seen.purchaseRefusal()).contains(purchase.getMessage());
        assertThat(seen.purchaseRefusal().orElseThrow()).contains("pro");
        assertThat(seen.mayManageBilling()).isTrue();
        assertThat(seen.prioritySupport()).isFalse();
    }

    @Test
    void a_team_one_is_not_a_member_of_is_not_found_even_for_staff() {
        var outsider = catchThrowableOfType(DomainException.class,
                () -> overview.overview(new GetTeamOverviewQuery(core.rivalOwner, ACME)));
        var missing = catchThrowableOfType(DomainException.class,
                () -> overview.overview(new GetTeamOverviewQuery(core.rivalOwner,
                        new com.servelink.domain.team.TeamSlug("no-such-team"))));
        assertThat(outsider.code()).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(missing.code()).isEqualTo(ErrorCode.NOT_FOUND);
        refused(() -> overview.overview(new GetTeamOverviewQuery(core.staff, ACME)), ErrorCode.NOT_FOUND);
    }

    @Test
    void a_user_sees_each_of_its_teams_once_with_its_role_there() {
        core.memberships.save(new Membership(core.teamId(RIVAL), new UserId(1), Role.MEMBER));
        var teams = myTeams.listTeams(core.owner);
        assertThat(teams).extracting(t -> t.team().slug()).containsExactly(ACME, RIVAL);
        assertThat(teams).extracting(t -> t.role()).containsExactly(Role.OWNER, Role.MEMBER);
        assertThat(teams.get(1).mayPurchase()).isFalse();
        assertThat(myTeams.listTeams(core.staff)).isEmpty();
        assertThat(myTeams.listTeams(core.operator)).isEmpty();
    }
}
