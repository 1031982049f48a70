package com.servelink.application.admin;

import com.servelink.application.inmemory.InMemoryApiTokenRepository;
import com.servelink.application.inmemory.InMemoryCallerMemory;
import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.admin.IssueTokenUseCase.IssueTokenCommand;
import com.servelink.application.port.in.admin.IssueTokenUseCase.IssuedToken;
import com.servelink.application.port.in.admin.ListTokensUseCase.ListTokensCommand;
import com.servelink.application.port.in.admin.RevokeTokenUseCase.RevokeTokenCommand;
import com.servelink.application.service.access.ApiTokens;
import com.servelink.application.service.access.AuthenticateService;
import com.servelink.application.service.access.CachedAuthenticateService;
import com.servelink.application.service.access.TokenUses;
import com.servelink.application.service.admin.IssueTokenService;
import com.servelink.application.service.admin.ListTokensService;
import com.servelink.application.service.admin.RevokeTokenService;
import com.servelink.application.testing.TestCore;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.team.ApiToken;
import com.servelink.domain.team.ApiTokenId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static com.servelink.application.testing.Refusals.refused;
import static com.servelink.application.testing.Refusals.refusedFields;
import static org.assertj.core.api.Assertions.assertThat;

/** A token's life: issued (maybe expiring), used, listed, revoked; through the cache, as the server wires it. */
class TokenLifecycleTest {
    private final TestCore core = new TestCore();
    private final InMemoryApiTokenRepository tokens = new InMemoryApiTokenRepository(core.users);
    private final TokenUses uses = new TokenUses(tokens);
    private final CachedAuthenticateService authenticate = new CachedAuthenticateService(new InMemoryCallerMemory(
            new AuthenticateService(tokens, ApiTokens.hash(ApiTokens.generate()), uses, core.clock)::resolve, core.clock,
            Duration.ofSeconds(10)), tokens, core.clock, Duration.ofSeconds(10));
    private final IssueTokenService issue = new IssueTokenService(core.users, tokens, core.transactions, core.ids,
            core.clock);
    private final ListTokensService list = new ListTokensService(core.users, tokens, uses);
    private final RevokeTokenService revoke = new RevokeTokenService(core.users, tokens, core.transactions,
            authenticate, core.clock);
    private final long user = 1L;

    private IssuedToken issue(Optional<Integer> days, Optional<Instant> at) {
        return issue.issue(new IssueTokenCommand(core.operator, user, Optional.of("CI"), days, at));
    }

    @Test
    void an_expiring_token_is_refused_from_its_expiry_on() {
        Instant issuedAt = core.clock.instant();
        IssuedToken issued = issue(Optional.of(30), Optional.empty());
        assertThat(issued.expiresAt()).contains(issuedAt.plus(Duration.ofDays(30)));
        assertThat(authenticate.authenticate(issued.token())).isPresent();

        core.clock.advance(Duration.ofDays(30).minusSeconds(5));
        assertThat(authenticate.authenticate(issued.token())).as("remembered for 10 s, but not past the expiry")
                .isPresent();
        core.clock.advance(Duration.ofSeconds(5));
        assertThat(authenticate.authenticate(issued.token())).isEmpty();
    }

    @Test
    void an_expiry_instant_may_be_given_instead_but_not_both() {
        Instant at = core.clock.instant().plus(Duration.ofHours(2));
        assertThat(issue(Optional.empty(), Optional.of(at)).expiresAt()).contains(at);
        refusedFields(() -> issue(Optional.of(1), Optional.of(at)), "expiresInDays");
        refusedFields(() -> issue(Optional.of(0), Optional.empty()), "expiresInDays");
        refusedFields(() -> issue(Optional.empty(), Optional.of(core.clock.instant().minusSeconds(1))), "expiresAt");
    }

    @Test
    void a_revoked_token_is_refused_at_once_even_while_remembered() {
        IssuedToken issued = issue(Optional.empty(), Optional.empty());
        assertThat(authenticate.authenticate(issued.token())).contains(core.owner);

        revoke.revoke(new RevokeTokenCommand(core.operator, user, issued.id()));
        assertThat(authenticate.authenticate(issued.token())).isEmpty();
        revoke.revoke(new RevokeTokenCommand(core.operator, user, issued.id())); // twice is not an error
        assertThat(list.list(new ListTokensCommand(core.operator, user)).get(0).revokedAt())
                .contains(core.clock.instant());
    }

    @Test
    void revoking_someone_elses_or_an_unknown_token_is_not_found_and_only_the_operator_may() {
        IssuedToken issued = issue(Optional.empty(), Optional.empty());
        long other = 3L;
        refused(() -> revoke.revoke(new RevokeTokenCommand(core.operator, other, issued.id())), ErrorCode.NOT_FOUND);
        refused(() -> revoke.revoke(new RevokeTokenCommand(core.operator, user, ApiTokenId.fromOpaque("nope"))),
                ErrorCode.NOT_FOUND);
        refused(() -> revoke.revoke(new RevokeTokenCommand(core.operator, 999, issued.id())), ErrorCode.NOT_FOUND);
        refused(() -> revoke.revoke(new RevokeTokenCommand(core.owner, user, issued.id())), ErrorCode.FORBIDDEN);
        refused(() -> list.list(new ListTokensCommand(core.owner, user)), ErrorCode.FORBIDDEN);
        refused(() -> list.list(new ListTokensCommand(core.operator, 999)), ErrorCode.NOT_FOUND);
        assertThat(authenticate.authenticate(issued.token())).isPresent();
    }

    @Test
    void the_listing_shows_every_token_newest_first_with_its_dates() {
        IssuedToken first = issue(Optional.empty(), Optional.empty());
        core.clock.advance(Duration.ofSeconds(1));
        IssuedToken second = issue(Optional.of(7), Optional.empty());

        List<ApiToken> listed = list.list(new ListTokensCommand(core.operator, user));
        assertThat(listed).extracting(ApiToken::id).containsExactly(second.id(), first.id());
        assertThat(listed.get(0).expiresAt()).isEqualTo(second.expiresAt());
        assertThat(listed.get(0).label()).contains("CI");
        assertThat(listed.get(1).lastUsedAt()).isEmpty();
    }

    @Test
    void last_use_is_noted_in_memory_and_written_at_most_once_a_minute() {
        IssuedToken issued = issue(Optional.empty(), Optional.empty());
        Instant firstUse = core.clock.instant();
        authenticate.authenticate(issued.token());
        assertThat(stored()).as("noted, not yet written").isEmpty();
        assertThat(uses.flush()).isEqualTo(1);
        assertThat(stored()).contains(firstUse);

        for (int second = 1; second < 60; second++) { // through the cache and, every 10 s, past it
            core.clock.advance(Duration.ofSeconds(1));
            authenticate.authenticate(issued.token());
        }
        assertThat(uses.flush()).as("nothing worth writing within the minute").isZero();
        core.clock.advance(Duration.ofSeconds(1));
        authenticate.authenticate(issued.token());
        assertThat(lastUsed()).as("the listing writes what is noted first").contains(firstUse.plusSeconds(60));
    }

    private Optional<Instant> stored() {
        return tokens.findByUser(new com.servelink.domain.team.UserId(user)).get(0).lastUsedAt();
    }

    private Optional<Instant> lastUsed() {
        return list.list(new ListTokensCommand(core.operator, user)).get(0).lastUsedAt();
    }
}
