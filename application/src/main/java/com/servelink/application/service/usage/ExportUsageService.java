package com.servelink.application.service.usage;

import com.servelink.application.port.in.usage.ExportUsageUseCase;
import com.servelink.application.port.out.UsageRepository;
import com.servelink.application.port.out.UsageRepository.ExportedSample;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.team.Team;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

/** Checks a member's export (range at most {@value #MAX_DAYS} days, {@code from} not after {@code to}), then streams it. */
public final class ExportUsageService implements ExportUsageUseCase {
    private final TeamAccess access;
    private final UsageRepository usage;

    public ExportUsageService(TeamAccess access, UsageRepository usage) {
        this.access = access;
        this.usage = usage;
    }

    @Override
    public UsageExport prepare(ExportUsageQuery query) {
        Team team = access.requireMember(query.actor(), query.team()).team();
        if (query.to().isBefore(query.from())) {
            throw DomainException.invalidField("to", "must not be before from (" + query.from() + ")");
        }
        if (ChronoUnit.DAYS.between(query.from(), query.to()) + 1 > MAX_DAYS) {
            throw DomainException.invalidField("to", "the range holds at most " + MAX_DAYS + " days");
        }
        return new Export(team, query.from(), query.to(), usage);
    }

    private record Export(Team team, LocalDate from, LocalDate to, UsageRepository usage) implements UsageExport {
        @Override
        public long writeTo(Consumer<ExportedSample> sink) {
            return usage.streamSamples(team.id(), from, to, sink);
        }
    }
}
