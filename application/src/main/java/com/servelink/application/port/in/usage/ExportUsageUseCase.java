package com.servelink.application.port.in.usage;

import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.out.UsageRepository.ExportedSample;
import com.servelink.domain.team.Team;
import com.servelink.domain.team.TeamSlug;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Exports a member's team's daily samples from {@code from} to {@code to} (inclusive, at most
 * {@value #MAX_DAYS} days). Checking and writing are two steps, so that a driving adapter can
 * answer a refusal before it starts a streamed response.
 */
public interface ExportUsageUseCase {
    int MAX_DAYS = 366;

    record ExportUsageQuery(Actor actor, TeamSlug team, LocalDate from, LocalDate to) {
        public ExportUsageQuery {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /** Checks access and range; nothing is read yet. */
    UsageExport prepare(ExportUsageQuery query);

    /** An allowed export, ready to write. */
    interface UsageExport {
        Team team();

        LocalDate from();

        LocalDate to();

        /** Hands every sample to {@code sink} in order, streaming; returns how many. */
        long writeTo(Consumer<ExportedSample> sink);
    }
}
