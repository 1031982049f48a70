package com.servelink.adapter.persistence.contract;

import com.servelink.adapter.persistence.fixture.RepositoryFixture;
import com.servelink.application.port.out.TicketRepository.BucketCounts;
import com.servelink.domain.catalog.PlanId;
import com.servelink.domain.support.DurationFigures;
import com.servelink.domain.support.Message;
import com.servelink.domain.support.MessageId;
import com.servelink.domain.support.StatisticsPeriod;
import com.servelink.domain.support.Ticket;
import com.servelink.domain.support.TicketCategory;
import com.servelink.domain.support.TicketId;
import com.servelink.domain.support.TicketPriority;
import com.servelink.domain.support.TicketStatistics;
import com.servelink.domain.team.Team;
import com.servelink.domain.team.TeamId;
import com.servelink.domain.team.TeamSlug;
import com.servelink.domain.team.UserId;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repository's percentiles, mean and n against a reference computed here, on generated
 * resolution times (whole seconds up to ten days): each try is a fresh team whose tickets are all
 * created on 2026-03-02 and resolved that many seconds later. The reference is schoolbook
 * arithmetic on integers: the rank k·(n−1)/10 as quotient and remainder, the value between the
 * two neighbours in tenths of a second, then hours to two decimals, half up.
 */
abstract class TicketPercentilesProperties {
    private static final Instant CREATED = Instant.parse("2026-03-02T09:00:00Z");
    private static final Map<Class<?>, RepositoryFixture> FIXTURES = new HashMap<>();

    abstract RepositoryFixture createFixture();

    private RepositoryFixture fixture() {
        synchronized (FIXTURES) {
            return FIXTURES.computeIfAbsent(getClass(), type -> createFixture());
        }
    }

    @BeforeContainer
    static void none() {
        // fixtures open on first use, one per concrete class
    }

    @AfterContainer
    static void closeFixtures() throws Exception {
        synchronized (FIXTURES) {
            for (RepositoryFixture fixture : FIXTURES.values()) {
                fixture.close();
            }
            FIXTURES.clear();
        }
    }

    /** The k/10 percentile of whole seconds, in hours to two decimals (half up). */
    static BigDecimal referenceHours(List<Long> seconds, int k) {
        List<Long> sorted = new ArrayList<>(seconds);
        Collections.sort(sorted);
        long numerator = (long) k * (sorted.size() - 1);
        int below = (int) (numerator / 10);
        long remainder = numerator % 10;
        long low = sorted.get(below);
        long high = remainder == 0 ? low : sorted.get(below + 1);
        long tenthsOfSecond = low * 10 + (high - low) * remainder;
        return BigDecimal.valueOf(tenthsOfSecond).divide(BigDecimal.valueOf(36_000), 2, RoundingMode.HALF_UP);
    }

    private Team newTeam() {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Team team = Team.create(TeamId.fromOpaque(suffix), new TeamSlug("p" + suffix), "Team " + suffix, PlanId.PRO);
        fixture().teams().save(team);
        return team;
    }

    private void resolvedAfter(Team team, long seconds) {
        Ticket ticket = Ticket.open(TicketId.fromOpaque(UUID.randomUUID().toString().replace("-", "").substring(0, 12)), team.id(),
                new UserId(42), "Lent", "Rien ne marche", TicketCategory.TECHNICAL, TicketPriority.HIGH, true,
                CREATED);
        Message first = ticket.descriptionMessage(MessageId.fromOpaque(UUID.randomUUID().toString().replace("-", "").substring(0, 12)));
        ticket.resolve(CREATED.plusSeconds(seconds));
        fixture().transactions().run(() -> {
            fixture().tickets().save(ticket);
            fixture().tickets().addMessage(first);
        });
    }

    @Property(tries = 40)
    void the_statistics_percentiles_are_the_reference_ones(
            @ForAll @Size(min = 1, max = 25) List<@LongRange(min = 0, max = 864_000) Long> seconds) {
        Team team = newTeam();
        seconds.forEach(s -> resolvedAfter(team, s));

        TicketStatistics stats = fixture().tickets().statistics(Optional.of(team.id()),
                new StatisticsPeriod(Optional.of(LocalDate.of(2026, 3, 2)), Optional.of(LocalDate.of(2026, 3, 2))));

        DurationFigures resolution = stats.service().resolution();
        long total = seconds.stream().mapToLong(Long::longValue).sum();
        assertThat(resolution.n()).isEqualTo(seconds.size());
        assertThat(resolution.meanHours()).contains(BigDecimal.valueOf(total)
                .divide(BigDecimal.valueOf(3600L * seconds.size()), 2, RoundingMode.HALF_UP));
        assertThat(resolution.medianHours()).contains(referenceHours(seconds, 5));
        assertThat(resolution.p90Hours()).contains(referenceHours(seconds, 9));
        assertThat(stats.service().firstResponse().n()).isZero();
        assertThat(stats.service().firstContactResolutionRate()).contains(new BigDecimal("0.0000"));
    }

    @Property(tries = 20)
    void the_history_median_is_the_reference_one(
            @ForAll @Size(min = 1, max = 25) List<@LongRange(min = 0, max = 86_399) Long> seconds) {
        Team team = newTeam();
        seconds.forEach(s -> resolvedAfter(team, s));

        // every ticket is created and resolved between 2026-03-02 09:00 and 2026-03-03 09:00
        List<BucketCounts> buckets = fixture().tickets().history(Optional.of(team.id()),
                List.of(Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-09T00:00:00Z")));

        assertThat(buckets).singleElement().satisfies(week -> {
            assertThat(week.created()).isEqualTo(seconds.size());
            assertThat(week.resolved()).isEqualTo(seconds.size());
            assertThat(week.backlog()).isZero();
            assertThat(week.medianResolutionSeconds().map(DurationFigures::hours))
                    .contains(referenceHours(seconds, 5));
        });
    }
}
