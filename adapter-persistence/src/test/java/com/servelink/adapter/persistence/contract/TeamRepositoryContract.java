package com.servelink.adapter.persistence.contract;

import com.servelink.domain.team.TeamSlug;
import com.servelink.domain.catalog.PlanId;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.team.ApiToken;
import com.servelink.domain.team.ApiTokenId;
import com.servelink.domain.team.Membership;
import com.servelink.domain.team.Role;
import com.servelink.domain.team.Team;
import com.servelink.domain.team.TeamId;
import com.servelink.domain.team.User;
import com.servelink.domain.team.UserId;
import com.servelink.domain.team.WebSession;
import org.junit.jupiter.api.Test;

import java.util.Optional;

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
    void a_team_is_locked_by_its_slug_and_its_members_are_counted_whatever_their_role() {
        Team team = newTeam(PlanId.FREE);
        Team other = newTeam(PlanId.FREE);
        fixture.memberships().save(new Membership(team.id(), newUser().id(), Role.OWNER));
        User member = newUser();
        fixture.memberships().save(new Membership(team.id(), member.id(), Role.MEMBER));
        fixture.memberships().save(new Membership(other.id(), member.id(), Role.ADMIN));
        fixture.memberships().save(new Membership(team.id(), member.id(), Role.ADMIN)); // a role change

        Optional<Team> locked = fixture.transactions().inTransaction(() -> fixture.teams().lockBySlug(team.slug()));
        assertThat(locked).hasValueSatisfying(found -> {
            assertThat(found.id()).isEqualTo(team.id());
            assertThat(found.plan()).isEqualTo(PlanId.FREE);
        });
        assertThat(fixture.transactions().inTransaction(
                () -> fixture.teams().lockBySlug(new TeamSlug("t" + unique())))).isEmpty();
        assertThat(fixture.memberships().countMembers(team.id())).isEqualTo(2);
        assertThat(fixture.memberships().countMembers(other.id())).isEqualTo(1);
        assertThat(fixture.memberships().countMembers(newTeam(PlanId.PRO).id())).isZero();
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
    void a_token_hash_finds_its_token_and_user_and_nothing_else_does() {
        User user = newUser();
        String otherHash = tokenHash();
        String ownHash = tokenHash();
        ApiToken token = new ApiToken(ApiTokenId.fromOpaque(unique()), user.id(), Optional.of("CI deploys"), T0,
                Optional.of(T0.plusSeconds(86_400)), Optional.empty(), Optional.empty());
        fixture.apiTokens().save(ownHash, token);

        var found = fixture.apiTokens().findByHash(ownHash).orElseThrow();
        assertThat(found.user()).isEqualTo(user);
        assertThat(found.token()).isEqualTo(token);
        assertThat(fixture.apiTokens().findByHash(otherHash)).isEmpty();
    }

    @Test
    void the_tokens_revoked_lately_are_listed_by_hash_and_no_others() {
        User user = newUser();
        java.time.Instant base = T0.plus(java.time.Duration.ofDays(400)); // later than every other test's revocations
        String earlier = tokenHash();
        String lately = tokenHash();
        String live = tokenHash();
        ApiToken first = ApiToken.issue(ApiTokenId.fromOpaque(unique()), user.id(), Optional.empty(), T0,
                Optional.empty());
        ApiToken second = ApiToken.issue(ApiTokenId.fromOpaque(unique()), user.id(), Optional.empty(), T0,
                Optional.empty());
        ApiToken third = ApiToken.issue(ApiTokenId.fromOpaque(unique()), user.id(), Optional.empty(), T0,
                Optional.empty());
        fixture.apiTokens().save(earlier, first);
        fixture.apiTokens().save(lately, second);
        fixture.apiTokens().save(live, third);
        fixture.apiTokens().revoke(user.id(), first.id(), base);
        fixture.apiTokens().revoke(user.id(), second.id(), base.plusSeconds(10));

        assertThat(fixture.apiTokens().revokedSince(base.plusSeconds(10))).contains(lately)
                .doesNotContain(earlier, live);
        assertThat(fixture.apiTokens().revokedSince(base)).contains(earlier, lately).doesNotContain(live);
        assertThat(fixture.apiTokens().revokedSince(base.plusSeconds(11))).doesNotContain(earlier, lately, live);
    }

    @Test
    void a_revoked_token_is_no_longer_found_but_still_listed_newest_first() {
        User user = newUser();
        String olderHash = tokenHash();
        String newerHash = tokenHash();
        ApiToken older = ApiToken.issue(ApiTokenId.fromOpaque(unique()), user.id(), Optional.empty(), T0,
                Optional.empty());
        ApiToken newer = ApiToken.issue(ApiTokenId.fromOpaque(unique()), user.id(), Optional.empty(),
                T0.plusSeconds(5), Optional.empty());
        fixture.apiTokens().save(olderHash, older);
        fixture.apiTokens().save(newerHash, newer);

        assertThat(fixture.apiTokens().revoke(user.id(), older.id(), T0.plusSeconds(60))).contains(olderHash);
        assertThat(fixture.apiTokens().revoke(user.id(), older.id(), T0.plusSeconds(120))).contains(olderHash);
        assertThat(fixture.apiTokens().revoke(newUser().id(), newer.id(), T0.plusSeconds(60))).as("another user's")
                .isEmpty();
        assertThat(fixture.apiTokens().revoke(user.id(), ApiTokenId.fromOpaque(unique()), T0)).isEmpty();

        assertThat(fixture.apiTokens().findByHash(olderHash)).isEmpty();
        assertThat(fixture.apiTokens().findByHash(newerHash)).isPresent();
        assertThat(fixture.apiTokens().findByUser(user.id())).containsExactly(newer,
                new ApiToken(older.id(), user.id(), Optional.empty(), T0, Optional.empty(), Optional.empty(),
                        Optional.of(T0.plusSeconds(60))));
    }

    @Test
    void tokens_last_uses_are_written_together_at_most_once_a_minute() {
        User user = newUser();
        String hash = tokenHash();
        String otherHash = tokenHash();
        ApiToken token = ApiToken.issue(ApiTokenId.fromOpaque(unique()), user.id(), Optional.empty(), T0,
                Optional.empty());
        ApiToken other = ApiToken.issue(ApiTokenId.fromOpaque(unique()), user.id(), Optional.empty(), T0,
                Optional.empty());
        fixture.apiTokens().save(hash, token);
        fixture.apiTokens().save(otherHash, other);

        fixture.apiTokens().recordUses(java.util.Map.of(token.id(), T0.plusSeconds(10), other.id(), T0.plusSeconds(20)));
        assertThat(lastUsed(hash)).contains(T0.plusSeconds(10));
        assertThat(lastUsed(otherHash)).contains(T0.plusSeconds(20));
        fixture.apiTokens().recordUses(java.util.Map.of(token.id(), T0.plusSeconds(30))); // another node, same minute
        assertThat(lastUsed(hash)).contains(T0.plusSeconds(10));
        fixture.apiTokens().recordUses(java.util.Map.of(token.id(), T0.plusSeconds(70)));
        assertThat(lastUsed(hash)).contains(T0.plusSeconds(70));
        fixture.apiTokens().recordUses(java.util.Map.of());
    }

    private Optional<java.time.Instant> lastUsed(String hash) {
        return fixture.apiTokens().findByHash(hash).orElseThrow().token().lastUsedAt();
    }

    private String tokenHash() {
        return com.servelink.application.service.access.ApiTokens.hash("slk_" + unique());
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

    @Test
    void a_users_teams_come_back_with_their_roles_ordered_by_name() {
        Team zeta = Team.create(TeamId.fromOpaque(unique()), new com.servelink.domain.team.TeamSlug("z" + unique()),
                "Zeta " + unique(), PlanId.PRO);
        Team alpha = Team.create(TeamId.fromOpaque(unique()), new com.servelink.domain.team.TeamSlug("a" + unique()),
                "Alpha " + unique(), PlanId.FREE);
        fixture.teams().save(zeta);
        fixture.teams().save(alpha);
        Team other = newTeam(PlanId.PRO);
        User user = newUser();
        User stranger = newUser();
        fixture.memberships().save(new Membership(zeta.id(), user.id(), Role.MEMBER));
        fixture.memberships().save(new Membership(alpha.id(), user.id(), Role.OWNER));
        fixture.memberships().save(new Membership(other.id(), stranger.id(), Role.OWNER));

        var teams = fixture.memberships().teamsOf(user.id());
        assertThat(teams).extracting(m -> m.team().id()).containsExactly(alpha.id(), zeta.id());
        assertThat(teams).extracting(m -> m.role()).containsExactly(Role.OWNER, Role.MEMBER);
        assertThat(teams.get(0).team().plan()).isEqualTo(PlanId.FREE);
        assertThat(fixture.memberships().teamsOf(newUser().id())).isEmpty();
    }

    @Test
    void a_session_is_found_by_its_hash_with_its_user_touched_and_revoked() {
        User user = newUser();
        String hash = sessionHash();
        var session = WebSession.start(user.id(), T0);
        fixture.webSessions().save(hash, session, "csrf-" + unique());

        var found = fixture.webSessions().find(hash).orElseThrow();
        assertThat(found.user()).isEqualTo(user);
        assertThat(found.session()).isEqualTo(session);
        assertThat(found.csrfToken()).startsWith("csrf-");
        assertThat(fixture.webSessions().find(sessionHash())).isEmpty();

        fixture.webSessions().touch(hash, T0.plusSeconds(300));
        assertThat(fixture.webSessions().find(hash).orElseThrow().session().lastSeenAt()).isEqualTo(T0.plusSeconds(300));
        // a late, older touch never moves last use back
        fixture.webSessions().touch(hash, T0.plusSeconds(100));
        assertThat(fixture.webSessions().find(hash).orElseThrow().session().lastSeenAt()).isEqualTo(T0.plusSeconds(300));

        fixture.webSessions().delete(hash);
        assertThat(fixture.webSessions().find(hash)).isEmpty();
        fixture.webSessions().delete(hash); // revoking twice is not an error
    }

    @Test
    void idle_sessions_are_swept_and_live_ones_kept() {
        User user = newUser();
        String idle = sessionHash();
        String live = sessionHash();
        fixture.webSessions().save(idle, WebSession.start(user.id(), T0), "a");
        fixture.webSessions().save(live, WebSession.start(user.id(), T0.plusSeconds(3600)), "b");

        int swept = fixture.webSessions().deleteIdleBefore(T0.plusSeconds(1800));
        assertThat(swept).isGreaterThanOrEqualTo(1);
        assertThat(fixture.webSessions().find(idle)).isEmpty();
        assertThat(fixture.webSessions().find(live)).isPresent();
    }

    private String sessionHash() {
        return com.servelink.application.service.access.ApiTokens.hash("sls_" + unique());
    }
}
