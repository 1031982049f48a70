package com.servelink.application.admin;

import com.servelink.application.inmemory.InMemoryApiTokenRepository;
import com.servelink.application.inmemory.InMemoryJobRunLog;
import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.admin.AddMemberUseCase.AddMemberCommand;
import com.servelink.application.port.in.admin.ChangeTeamPlanUseCase.ChangeTeamPlanCommand;
import com.servelink.application.port.in.admin.CreateTeamUseCase.CreateTeamCommand;
import com.servelink.application.port.in.admin.CreateUserUseCase.CreateUserCommand;
import com.servelink.application.port.in.admin.IssueTokenUseCase.IssueTokenCommand;
import com.servelink.application.port.in.admin.JobDefinition;
import com.servelink.application.port.in.admin.RunJobUseCase.RunJobCommand;
import com.servelink.application.service.access.ApiTokens;
import com.servelink.application.service.access.AuthenticateService;
import com.servelink.application.service.admin.AddMemberService;
import com.servelink.application.service.admin.ChangeTeamPlanService;
import com.servelink.application.service.admin.CreateTeamService;
import com.servelink.application.service.admin.CreateUserService;
import com.servelink.application.service.admin.IssueTokenService;
import com.servelink.application.service.admin.ListJobsService;
import com.servelink.application.service.admin.RunJobService;
import com.servelink.application.testing.TestCore;
import com.servelink.domain.billing.ResourceStatus;
import com.servelink.domain.catalog.PlanId;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.team.Role;
import com.servelink.domain.team.TeamSlug;
import com.servelink.domain.team.User;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static com.servelink.application.testing.Refusals.refused;
import static com.servelink.application.testing.Refusals.refusedFields;
import static com.servelink.application.testing.TestCore.ACME;
import static org.assertj.core.api.Assertions.assertThat;

/** The operator's use cases and bearer-token authentication. */
class AdminAndAccessTest {
    private final TestCore core = new TestCore();
    private final InMemoryApiTokenRepository tokens = new InMemoryApiTokenRepository(core.users);
    private final String adminToken = ApiTokens.generate();
    private final AuthenticateService authenticate = new AuthenticateService(tokens, ApiTokens.hash(adminToken),
            new com.servelink.application.service.access.TokenUses(tokens), core.clock);
    private final CreateTeamService createTeam = new CreateTeamService(core.catalog, core.teams, core.transactions, core.ids);
    private final ChangeTeamPlanService changePlan = new ChangeTeamPlanService(core.catalog, core.teams, core.resources,
            core.projects, core.memberships, core.transactions, core.clock, core.events);
    private final CreateUserService createUser = new CreateUserService(core.users, core.transactions);
    private final AddMemberService addMember = new AddMemberService(core.catalog, core.teams, core.users,
            core.memberships, core.transactions);
    private final IssueTokenService issueToken = new IssueTokenService(core.users, tokens, core.transactions, core.ids,
            core.clock);

    @Test
    void a_token_is_stored_as_its_sha_256_in_hex_and_each_call_hashes_afresh() {
        // the FIPS 180-2 test vector; a reused digest must not carry state from one call to the next
        assertThat(ApiTokens.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(ApiTokens.hash("abc")).isEqualTo(ApiTokens.hash("abc"));
        assertThat(ApiTokens.hash("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void the_operator_sets_up_a_team_with_a_member_who_then_authenticates() {
        var team = createTeam.create(new CreateTeamCommand(core.operator, "new-team", "New team", "pro"));
        User user = createUser.create(new CreateUserCommand(core.operator, "alice@example.com", "Alice", false));
        addMember.add(new AddMemberCommand(core.operator, team.slug(), user.id().value(), "admin"));
        String token = issueToken.issue(new IssueTokenCommand(core.operator, user.id().value())).token();

        assertThat(token).startsWith("slk_").hasSize(68);
        assertThat(authenticate.authenticate(token)).contains(new Actor.TeamUser(user.id()));
        assertThat(core.memberships.findMembership(team.slug(), user.id()).orElseThrow().role()).isEqualTo(Role.ADMIN);
        assertThat(authenticate.authenticate(adminToken)).contains(new Actor.Operator());
        assertThat(authenticate.authenticate(token + "x")).isEmpty();
        assertThat(authenticate.authenticate("")).isEmpty();
    }

    @Test
    void a_support_user_authenticates_as_staff_and_cannot_join_a_team() {
        User staff = createUser.create(new CreateUserCommand(core.operator, "help@servelink.com", "Help", true));
        String token = issueToken.issue(new IssueTokenCommand(core.operator, staff.id().value())).token();
        assertThat(authenticate.authenticate(token)).contains(new Actor.Staff(staff.id(), "help@servelink.com"));
        refusedFields(() -> addMember.add(new AddMemberCommand(core.operator, ACME, staff.id().value(), "member")),
                "userId");
    }

    @Test
    void only_the_operator_administers() {
        refused(() -> createTeam.create(new CreateTeamCommand(core.owner, "x-team", "X", "pro")), ErrorCode.FORBIDDEN);
        refused(() -> createUser.create(new CreateUserCommand(core.staff, "a@b.co", "A", false)), ErrorCode.FORBIDDEN);
        refused(() -> issueToken.issue(new IssueTokenCommand(core.owner, 1)), ErrorCode.FORBIDDEN);
        assertThat(core.teams.findBySlug(new TeamSlug("x-team"))).isEmpty();
    }

    @Test
    void bad_admin_requests_name_their_fields() {
        refusedFields(() -> createTeam.create(new CreateTeamCommand(core.operator, "9bad", "", "gold")),
                "slug", "name", "plan");
        refused(() -> createTeam.create(new CreateTeamCommand(core.operator, "acme", "Acme again", "pro")),
                ErrorCode.CONFLICT);
        refusedFields(() -> addMember.add(new AddMemberCommand(core.operator, ACME, 1, "boss")), "role");
        refusedFields(() -> addMember.add(new AddMemberCommand(core.operator, ACME, 999, "member")), "userId");
        refused(() -> issueToken.issue(new IssueTokenCommand(core.operator, 999)), ErrorCode.NOT_FOUND);
        refused(() -> createUser.create(new CreateUserCommand(core.operator, "USER1@example.com", "Dup", false)),
                ErrorCode.CONFLICT);
    }

    @Test
    void moving_to_a_plan_without_add_ons_keeps_active_ones_and_cancels_pending_ones() {
        var active = core.buy(core.owner, ACME, "ram", 2);
        core.pay(active);
        var pending = core.buy(core.owner, ACME, "cpu", 1);

        // acme's three members are over free's one: forced (the limits' refusal is PlanLimitsTest's)
        changePlan.changePlan(new ChangeTeamPlanCommand(core.operator, ACME, "free", true));

        assertThat(core.resources.findById(active.resourceId()).orElseThrow().status()).isEqualTo(ResourceStatus.ACTIVE);
        assertThat(core.resources.findById(pending.resourceId()).orElseThrow().status())
                .isEqualTo(ResourceStatus.CANCELLED);
        assertThat(core.limitsOf(core.member, ACME).memoryMb()).isEqualTo(100 + 1000);
        refused(() -> core.buy(core.owner, ACME, "ram", 1), ErrorCode.PLAN_REQUIRED);
        assertThat(core.teams.findBySlug(ACME).orElseThrow().plan()).isEqualTo(PlanId.FREE);
    }

    @Test
    void jobs_run_on_demand_and_record_their_last_result() {
        var log = new InMemoryJobRunLog();
        var jobs = List.of(new JobDefinition("expire_additional_resources", "0 0 5 * * ?", core.expire::expireDue));
        var run = new RunJobService(jobs, log, core.clock);
        var list = new ListJobsService(jobs, log, (cron, after) -> java.util.Optional.of(after.plusSeconds(60)),
                core.clock);

        var result = run.run(new RunJobCommand(core.operator, "expire_additional_resources"));
        assertThat(result.affected()).isZero();
        assertThat(list.list(core.operator)).singleElement()
                .satisfies(status -> {
                    assertThat(status.lastRun()).contains(result);
                    assertThat(status.nextFireAt()).contains(core.clock.instant().plusSeconds(60));
                });
        refused(() -> run.run(new RunJobCommand(core.operator, "rm -rf")), ErrorCode.NOT_FOUND);
        refused(() -> run.run(new RunJobCommand(core.owner, "expire_additional_resources")), ErrorCode.FORBIDDEN);
        assertThat(run.run(new RunJobCommand(new Actor.System("scheduler"), "expire_additional_resources")).job())
                .isEqualTo("expire_additional_resources");
        assertThat(Optional.of(list.list(core.operator).get(0).cronUtc())).contains("0 0 5 * * ?");
    }
}
