package com.servelink.adapter.persistence.contract;

import com.servelink.domain.catalog.PlanId;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.team.Membership;
import com.servelink.domain.team.Role;
import com.servelink.domain.team.Team;
import com.servelink.domain.team.TeamId;
import com.servelink.domain.team.User;
import com.servelink.domain.team.UserId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The contract of the team, user and membership repositories. */
abstract class TeamRepositoryContract extends ContractBase {

    private User newUser() {
        UserId id = fixture.users().nextUserId();
        User user = new User(id, "u" + unique() + "@example.com", "User", false);
        fixture.users().save(user);
        return user;
    }

    @Test
    void a_team_is_found_by_id_and_slug_and_its_plan_can_change() {
        Team team = newTeam(PlanId.FREE);
        assertThat(fixture.teams().findBySlug(team.slug())).hasValueSatisfying(found -> {
            assertThat(found.id()).isEqualTo(team.id());
            assertThat(found.name()).isEqualTo(team.name());
            assertThat(found.plan()).isEqualTo(PlanId.FREE);
        });
        Team loaded = fixture.teams().findById(team.id()).orElseThrow();
        loaded.changePlan(PlanId.PRO);
        fixture.teams().save(loaded);
        assertThat(fixture.teams().findById(team.id()).orElseThrow().plan()).isEqualTo(PlanId.PRO);
    }

    @Test
    void a_second_team_with_the_same_slug_is_a_conflict() {
        Team team = newTeam(PlanId.FREE);
        Team copy = Team.create(TeamId.fromOpaque(unique()), team.slug(), "Copy", PlanId.PRO);
        DomainException refusal = catchThrowableOfType(DomainException.class, () -> fixture.teams().save(copy));
        assertThat(refusal).isNotNull();
        assertThat(refusal.code()).isEqualTo(ErrorCode.CONFLICT);
        assertThat(fixture.teams().findById(copy.id())).isEmpty();
    }

    @Test
    void user_ids_are_unique_and_emails_unique_whatever_their_case() {
        User user = newUser();
        UserId a = fixture.users().nextUserId();
        UserId b = fixture.users().nextUserId();
        assertThat(a).isNotEqualTo(b).isNotEqualTo(user.id());
        assertThat(fixture.users().findById(user.id())).contains(user);

        User sameEmail = new User(a, user.email().toUpperCase(), "Other", false);
        DomainException refusal = catchThrowableOfType(DomainException.class, () -> fixture.users().save(sameEmail));
        assertThat(refusal).isNotNull();
        assertThat(refusal.code()).isEqualTo(ErrorCode.CONFLICT);
    }

    @Test
    void membership_returns_the_team_and_role_in_one_look_up() {
        Team team = newTeam(PlanId.PRO);
        User owner = newUser();
        User outsider = newUser();
        fixture.memberships().save(new Membership(team.id(), owner.id(), Role.MEMBER));
        fixture.memberships().save(new Membership(team.id(), owner.id(), Role.OWNER));

        assertThat(fixture.memberships().findMembership(team.slug(), owner.id())).hasValueSatisfying(m -> {
            assertThat(m.team().id()).isEqualTo(team.id());
            assertThat(m.team().plan()).isEqualTo(PlanId.PRO);
            assertThat(m.role()).isEqualTo(Role.OWNER);
        });
        assertThat(fixture.memberships().findMembership(team.slug(), outsider.id())).isEmpty();
        assertThat(fixture.memberships().findMembership(new com.servelink.domain.team.TeamSlug("nowhere-" + unique()),
                owner.id())).isEmpty();
    }

    @Test
    void a_unit_of_work_reads_the_membership_it_has_not_committed_yet() {
        Team team = newTeam(PlanId.FREE);
        User member = newUser();
        // on a database, a read on any other connection than the unit of work's would miss it
        fixture.transactions().run(() -> {
            fixture.memberships().save(new Membership(team.id(), member.id(), Role.ADMIN));
            assertThat(fixture.memberships().findMembership(team.slug(), member.id()))
                    .hasValueSatisfying(m -> assertThat(m.role()).isEqualTo(Role.ADMIN));
        });
    }

    @Test
    void a_token_hash_finds_its_user_and_nothing_else_does() {
        User user = newUser();
        String hash = "a".repeat(63) + (unique().charAt(0) == 'a' ? "b" : "c") ;
        String ownHash = java.util.HexFormat.of().formatHex(unique().getBytes()).substring(0, 24) + "0".repeat(40);
        fixture.apiTokens().save(ownHash, user.id(), T0);

        assertThat(fixture.apiTokens().findUserByTokenHash(ownHash)).contains(user);
        assertThat(fixture.apiTokens().findUserByTokenHash(hash)).isEmpty();
    }

    @Test
    void the_last_run_of_a_job_replaces_the_previous_one() {
        String job = "job_" + unique();
        assertThat(fixture.jobRuns().last(job)).isEmpty();
        fixture.jobRuns().record(new com.servelink.application.port.out.JobRunLog.JobRun(job, 3, T0, T0.plusSeconds(1)));
        var second = new com.servelink.application.port.out.JobRunLog.JobRun(job, 0, T0.plusSeconds(60),
                T0.plusSeconds(61));
        fixture.jobRuns().record(second);
        assertThat(fixture.jobRuns().last(job)).contains(second);
    }
}
