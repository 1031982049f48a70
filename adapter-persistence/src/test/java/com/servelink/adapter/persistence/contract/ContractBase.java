package com.servelink.adapter.persistence.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import com.servelink.adapter.persistence.fixture.RepositoryFixture;
import com.servelink.domain.catalog.PlanId;
import com.servelink.domain.team.Team;
import com.servelink.domain.team.TeamId;
import com.servelink.domain.team.TeamSlug;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shared set-up of the repository contracts: one fixture per test class, and fresh teams per
 * test so that tests never see each other's rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ContractBase {
    /** Microsecond precision: what both databases store. */
    static final Instant T0 = Instant.parse("2025-01-25T10:00:00.123456Z");

    RepositoryFixture fixture;

    abstract RepositoryFixture createFixture();

    @BeforeAll
    void openFixture() {
        fixture = createFixture();
    }

    @AfterAll
    void closeFixture() {
        if (fixture != null) {
            fixture.close();
        }
    }

    static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /**
     * Every page of a keyset-paginated list, {@code limit} rows at a time: {@code page} is given
     * the last row of the previous page (empty for the first). Fails on a page over the limit.
     */
    static <T> List<T> walk(int limit, Function<Optional<T>, List<T>> page) {
        List<T> all = new ArrayList<>();
        Optional<T> last = Optional.empty();
        for (int pages = 0; pages < 10_000; pages++) {
            List<T> rows = page.apply(last);
            assertThat(rows).hasSizeLessThanOrEqualTo(limit);
            all.addAll(rows);
            if (rows.size() < limit) {
                return all;
            }
            last = Optional.of(rows.get(rows.size() - 1));
        }
        throw new AssertionError("the pages never end");
    }

    Team newTeam(PlanId plan) {
        String suffix = unique();
        Team team = Team.create(TeamId.fromOpaque(suffix), new TeamSlug("t" + suffix), "Team " + suffix, plan);
        fixture.teams().save(team);
        return team;
    }
}
