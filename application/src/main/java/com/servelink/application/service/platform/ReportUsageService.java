package com.servelink.application.service.platform;

import com.servelink.application.port.in.platform.ReportUsageUseCase;
import com.servelink.application.port.out.ProjectRepository;
import com.servelink.application.port.out.Transactions;
import com.servelink.application.port.out.UsageRepository;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.platform.ProjectId;
import com.servelink.domain.platform.UsageMetric;
import com.servelink.domain.platform.UsageSample;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.FieldError;
import com.servelink.domain.shared.PrefixedIds;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Stores a batch of usage samples all or nothing. Every sample is checked before anything is
 * written, and every bad field is named ({@code samples[3].amount}); a project that does not
 * exist is a bad {@code project_id}; two samples with the same project, day and metric in one
 * batch are refused rather than silently merged.
 */
public final class ReportUsageService implements ReportUsageUseCase {
    private final ProjectRepository projects;
    private final UsageRepository usage;
    private final Transactions transactions;
    private final Clock clock;

    public ReportUsageService(ProjectRepository projects, UsageRepository usage, Transactions transactions,
                              Clock clock) {
        this.projects = projects;
        this.usage = usage;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public int report(ReportUsageCommand command) {
        TeamAccess.requireOperator(command.actor());
        List<UsageSampleInput> inputs = command.samples();
        if (inputs == null || inputs.isEmpty() || inputs.size() > MAX_SAMPLES) {
            throw DomainException.invalidField("samples", "must hold 1 to " + MAX_SAMPLES + " samples");
        }
        Set<ProjectId> existing = projects.findExisting(inputs.stream().filter(Objects::nonNull)
                .map(UsageSampleInput::projectId).filter(id -> PrefixedIds.isValid(id, ProjectId.PREFIX))
                .map(ProjectId::new).distinct().toList());
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<FieldError> errors = new ArrayList<>();
        List<UsageSample> samples = new ArrayList<>(inputs.size());
        Map<UsageSample.Key, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            String at = "samples[" + i + "]";
            UsageSampleInput input = inputs.get(i);
            if (input == null) {
                errors.add(new FieldError(at, "is required"));
                continue;
            }
            int errorsBefore = errors.size();
            ProjectId project = parseProject(input.projectId(), existing, at + ".project_id", errors);
            LocalDate day = parseDay(input.day(), today, at + ".day", errors);
            UsageMetric metric = parseMetric(input.metric(), at + ".metric", errors);
            if (input.amount() == null) {
                errors.add(new FieldError(at + ".amount", "is required"));
            } else if (!UsageSample.isValidAmount(input.amount())) {
                errors.add(new FieldError(at + ".amount", UsageSample.AMOUNT_RULE));
            }
            if (errors.size() > errorsBefore) {
                continue;
            }
            UsageSample sample = new UsageSample(project, day, metric, input.amount());
            Integer first = firstIndex.putIfAbsent(sample.key(), i);
            if (first != null) {
                errors.add(new FieldError(at, "repeats samples[" + first + "]: same project_id, day and metric"));
            } else {
                samples.add(sample);
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalidFields(errors);
        }
        transactions.run(() -> usage.saveAll(samples));
        return samples.size();
    }

    private static ProjectId parseProject(String raw, Set<ProjectId> existing, String field, List<FieldError> errors) {
        if (raw == null) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        if (!PrefixedIds.isValid(raw, ProjectId.PREFIX)) {
            errors.add(new FieldError(field, "must look like " + ProjectId.PREFIX + "<letters and digits>"));
            return null;
        }
        ProjectId id = new ProjectId(raw);
        if (!existing.contains(id)) {
            errors.add(new FieldError(field, "no project " + raw));
        }
        return id;
    }

    private static LocalDate parseDay(String raw, LocalDate today, String field, List<FieldError> errors) {
        if (raw == null) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(raw);
            if (day.isAfter(today)) {
                errors.add(new FieldError(field, "must not be after today (UTC)"));
            }
            return day;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date such as 2025-01-31"));
            return null;
        }
    }

    private static UsageMetric parseMetric(String raw, String field, List<FieldError> errors) {
        if (raw == null) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        try {
            return UsageMetric.fromCode(raw, field);
        } catch (DomainException e) {
            errors.addAll(e.fieldErrors());
            return null;
        }
    }
}
