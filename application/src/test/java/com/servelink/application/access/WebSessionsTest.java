package com.servelink.application.access;

import com.servelink.application.inmemory.InMemoryApiTokenRepository;
import com.servelink.application.inmemory.InMemoryWebSessionRepository;
import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.access.SignInUseCase.SignInCommand;
import com.servelink.application.service.access.ApiTokens;
import com.servelink.application.service.access.AuthenticateService;
import com.servelink.application.service.access.GetSessionService;
import com.servelink.application.service.access.SignInService;
import com.servelink.application.service.access.SignOutService;
import com.servelink.application.testing.TestCore;
import com.servelink.domain.team.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.servelink.application.testing.Refusals.refusedFields;
import static org.assertj.core.api.Assertions.assertThat;

/** Browser sessions: signing in with an API token, 12 idle hours, signing out. */
class WebSessionsTest {
    private final TestCore core = new TestCore();
    private final InMemoryApiTokenRepository tokens = new InMemoryApiTokenRepository(core.users);
    private final InMemoryWebSessionRepository sessions = new InMemoryWebSessionRepository(core.users);
    private final String adminToken = ApiTokens.generate();
    private final AuthenticateService authenticate = new AuthenticateService(tokens, ApiTokens.hash(adminToken),
            new com.servelink.application.service.access.TokenUses(tokens), core.clock);
    private final SignInService signIn = new SignInService(authenticate, sessions, core.transactions, core.clock);
    private final GetSessionService getSession = new GetSessionService(sessions, core.clock);
    private final SignOutService signOut = new SignOutService(sessions);

    private String tokenOf(long userId) {
        String token = ApiTokens.generate();
        tokens.save(ApiTokens.hash(token), com.servelink.domain.team.ApiToken.issue(
                com.servelink.domain.team.ApiTokenId.fromOpaque(core.ids.nextOpaqueId()), new UserId(userId),
                java.util.Optional.empty(), core.clock.instant(), java.util.Optional.empty()));
        return token;
    }

    @Test
    void a_members_token_opens_a_session_that_names_the_member_and_carries_its_own_csrf_token() {
        var signedIn = signIn.signIn(new SignInCommand("  " + tokenOf(1) + "\n"));
        assertThat(signedIn.actor()).isEqualTo(core.owner);
        assertThat(signedIn.sessionId()).startsWith("sls_").hasSize(4 + 64);
        assertThat(signedIn.csrfToken()).hasSize(32);

        var open = getSession.find(signedIn.sessionId()).orElseThrow();
        assertThat(open.actor()).isEqualTo(core.owner);
        assertThat(open.user().email()).isEqualTo("user1@example.com");
        assertThat(open.csrfToken()).isEqualTo(signedIn.csrfToken());
        // only the hash is stored: the id itself finds nothing
        assertThat(sessions.find(signedIn.sessionId())).isEmpty();
        assertThat(sessions.find(ApiTokens.hash(signedIn.sessionId()))).isPresent();
    }

    @Test
    void two_sign_ins_are_two_sessions_with_different_secrets() {
        String token = tokenOf(1);
        var first = signIn.signIn(new SignInCommand(token));
        var second = signIn.signIn(new SignInCommand(token));
        assertThat(first.sessionId()).isNotEqualTo(second.sessionId());
        assertThat(first.csrfToken()).isNotEqualTo(second.csrfToken());
    }

    @Test
    void a_staff_token_signs_in_staff() {
        var signedIn = signIn.signIn(new SignInCommand(tokenOf(10)));
        assertThat(signedIn.actor()).isEqualTo(core.staff);
        assertThat(getSession.find(signedIn.sessionId()).orElseThrow().actor()).isInstanceOf(Actor.Staff.class);
    }

    @Test
    void an_unknown_token_an_empty_one_and_the_admin_token_are_refused_on_the_token_field() {
        refusedFields(() -> signIn.signIn(new SignInCommand("slk_" + "0".repeat(64))), "token");
        refusedFields(() -> signIn.signIn(new SignInCommand("   ")), "token");
        refusedFields(() -> signIn.signIn(new SignInCommand(null)), "token");
        refusedFields(() -> signIn.signIn(new SignInCommand("x".repeat(201))), "token");
        var admin = refusedFields(() -> signIn.signIn(new SignInCommand(adminToken)), "token");
        assertThat(admin.fieldErrors().get(0).message()).contains("admin token");
    }

    @Test
    void a_session_ends_after_twelve_idle_hours_and_each_use_moves_that_on() {
        var signedIn = signIn.signIn(new SignInCommand(tokenOf(3)));
        core.clock.advance(Duration.ofHours(11));
        assertThat(getSession.find(signedIn.sessionId())).isPresent(); // used: twelve more hours from here
        core.clock.advance(Duration.ofHours(11));
        assertThat(getSession.find(signedIn.sessionId())).isPresent();
        core.clock.advance(Duration.ofHours(12).minusNanos(1000));
        assertThat(getSession.find(signedIn.sessionId())).isPresent();
        core.clock.advance(Duration.ofHours(12));
        assertThat(getSession.find(signedIn.sessionId())).isEmpty();
        // and it is gone for good, not merely hidden
        assertThat(sessions.find(ApiTokens.hash(signedIn.sessionId()))).isEmpty();
    }

    @Test
    void the_boundary_of_twelve_hours_is_already_over() {
        var signedIn = signIn.signIn(new SignInCommand(tokenOf(3)));
        core.clock.advance(Duration.ofHours(12));
        assertThat(getSession.find(signedIn.sessionId())).isEmpty();
    }

    @Test
    void use_is_recorded_at_most_once_a_minute() {
        var signedIn = signIn.signIn(new SignInCommand(tokenOf(3)));
        String hash = ApiTokens.hash(signedIn.sessionId());
        var started = sessions.find(hash).orElseThrow().session().lastSeenAt();
        core.clock.advance(Duration.ofSeconds(30));
        getSession.find(signedIn.sessionId());
        assertThat(sessions.find(hash).orElseThrow().session().lastSeenAt()).isEqualTo(started);
        core.clock.advance(Duration.ofSeconds(31));
        getSession.find(signedIn.sessionId());
        assertThat(sessions.find(hash).orElseThrow().session().lastSeenAt()).isEqualTo(core.clock.instant());
    }

    @Test
    void signing_out_revokes_the_session_at_once_and_only_that_one() {
        String token = tokenOf(1);
        var kept = signIn.signIn(new SignInCommand(token));
        var ended = signIn.signIn(new SignInCommand(token));
        signOut.signOut(ended.sessionId());
        assertThat(getSession.find(ended.sessionId())).isEmpty();
        assertThat(getSession.find(kept.sessionId())).isPresent();
        signOut.signOut(ended.sessionId());
        signOut.signOut(null);
    }

    @Test
    void a_sign_in_sweeps_the_sessions_left_idle() {
        var old = signIn.signIn(new SignInCommand(tokenOf(1)));
        core.clock.advance(Duration.ofHours(13));
        signIn.signIn(new SignInCommand(tokenOf(2)));
        assertThat(sessions.find(ApiTokens.hash(old.sessionId()))).isEmpty();
    }

    @Test
    void nonsense_cookies_sign_no_one_in() {
        assertThat(getSession.find(null)).isEmpty();
        assertThat(getSession.find("")).isEmpty();
        assertThat(getSession.find("sls_" + "f".repeat(64))).isEmpty();
        assertThat(getSession.find("x".repeat(10_000))).isEmpty();
    }
}
