package com.servelink.application.platform;

import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.platform.CreateProjectUseCase.CreateProjectCommand;
import com.servelink.application.port.in.platform.RecordTrafficUseCase;
import com.servelink.application.port.in.platform.RecordTrafficUseCase.RecordTrafficCommand;
import com.servelink.application.port.in.platform.ReportUsageUseCase;
import com.servelink.application.port.in.platform.ReportUsageUseCase.ReportUsageCommand;
import com.servelink.application.port.in.platform.ReportUsageUseCase.UsageSampleInput;
import com.servelink.application.testing.TestCore;
import com.servelink.domain.platform.Project;
import com.servelink.domain.platform.ProjectId;
import com.servelink.domain.platform.ProjectStatus;
import com.servelink.domain.platform.UsageMetric;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.FieldError;
import com.servelink.domain.team.TeamSlug;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static com.servelink.application.platform.PlatformSteps.sample;
import static com.servelink.application.testing.Refusals.refused;
import static com.servelink.application.testing.Refusals.refusedFields;
import static com.servelink.application.testing.TestCore.ACME;
import static com.servelink.application.testing.TestCore.TINY;
import static org.assertj.core.api.Assertions.assertThat;

/** What the platform reports through the operator: projects, traffic, usage. */
class OperatorReportsTest {
    private final TestCore core = new TestCore();
    private final PlatformSteps steps = new PlatformSteps(core);

    private List<Actor> notOperators() {
        return List.of(core.owner, core.admin, core.member, core.freeOwner, core.staff, new Actor.System("job"));
    }

    @Nested
    class Creating_projects {
        @Test
        void the_operator_records_a_project_for_a_team() {
            Project project = steps.createProject(TINY, "My shop");
            assertThat(project.id().value()).startsWith("prj_");
            assertThat(project.teamId()).isEqualTo(core.teamId(TINY));
            assertThat(project.status()).isEqualTo(ProjectStatus.ACTIVE);
            assertThat(project.createdAt()).isEqualTo(TestCore.START);
            assertThat(steps.reload(project).name()).isEqualTo("My shop");
        }

        @Test
        void only_the_operator_creates_projects_and_refusals_write_nothing() {
            for (Actor actor : notOperators()) {
                refused(() -> core.createProject.create(new CreateProjectCommand(actor, TINY, "shop")),
                        ErrorCode.FORBIDDEN);
            }
            assertThat(core.projects.findByTeam(core.teamId(TINY))).isEmpty();
        }

        @Test
        void bad_names_unknown_teams_and_duplicate_names_are_refused() {
            refusedFields(() -> steps.createProject(TINY, ""), "name");
            refusedFields(() -> steps.createProject(TINY, "x".repeat(101)), "name");
            refusedFields(() -> steps.createProject(TINY, null), "name");
            refused(() -> steps.createProject(new TeamSlug("ghost"), "shop"), ErrorCode.NOT_FOUND);
            steps.createProject(TINY, "shop");
            refused(() -> steps.createProject(TINY, "shop"), ErrorCode.CONFLICT);
            steps.createProject(ACME, "shop");
            assertThat(core.projects.findByTeam(core.teamId(TINY))).hasSize(1);
        }

        @Test
        void the_plan_project_count_is_enforced_here() {
            for (int i = 0; i < 2; i++) {
                steps.createProject(TINY, "p" + i);
            }
            refused(() -> steps.createProject(TINY, "p2"), ErrorCode.PLAN_LIMIT_REACHED);
            assertThat(core.projects.findByTeam(core.teamId(TINY))).hasSize(2);
        }
    }

    @Nested
    class Recording_traffic {
        private final Project project = steps.createProject(TINY, "shop");

        @Test
        void traffic_without_an_instant_is_now_and_the_latest_is_kept() {
            core.clock.advance(Duration.ofHours(3));
            core.recordTraffic.recordTraffic(new RecordTrafficCommand(core.operator, project.id(), Optional.empty()));
            steps.traffic(project, TestCore.START.plus(Duration.ofHours(1)));
            assertThat(steps.reload(project).lastTrafficAt()).contains(TestCore.START.plus(Duration.ofHours(3)));
        }

        @Test
        void an_instant_within_the_clock_skew_is_accepted_and_further_is_refused() {
            var skew = RecordTrafficUseCase.MAX_CLOCK_SKEW;
            steps.traffic(project, TestCore.START.plus(skew));
            refusedFields(() -> steps.traffic(project, TestCore.START.plus(skew).plusSeconds(1)), "at");
            assertThat(steps.reload(project).lastTrafficAt()).contains(TestCore.START.plus(skew));
        }

        @Test
        void only_the_operator_records_traffic_and_unknown_projects_are_not_found() {
            for (Actor actor : notOperators()) {
                refused(() -> core.recordTraffic.recordTraffic(new RecordTrafficCommand(actor, project.id(),
                        Optional.empty())), ErrorCode.FORBIDDEN);
            }
            refused(() -> core.recordTraffic.recordTraffic(new RecordTrafficCommand(core.operator,
                    ProjectId.fromOpaque("ghost"), Optional.empty())), ErrorCode.NOT_FOUND);
            assertThat(steps.reload(project).lastTrafficAt()).isEmpty();
            assertThat(steps.reload(project).version()).isZero();
        }
    }

    @Nested
    class Reporting_usage {
        private final Project blog = steps.createProject(TINY, "blog");
        private final Project api = steps.createProject(ACME, "api");

        @Test
        void samples_are_stored_and_summed_per_team_and_month() {
            assertThat(steps.report(sample(blog.id(), "2025-01-10", "traffic_gb", "1.5"),
                    sample(blog.id(), "2025-01-11", "traffic_gb", "2"),
                    sample(api.id(), "2025-01-11", "traffic_gb", "7"),
                    sample(blog.id(), "2024-12-31", "traffic_gb", "9"))).isEqualTo(4);
            assertThat(core.usage.monthlyTotals(core.teamId(TINY), YearMonth.of(2025, 1)).of(UsageMetric.TRAFFIC_GB))
                    .isEqualByComparingTo("3.5");
            assertThat(core.usage.monthlyTotals(core.teamId(ACME), YearMonth.of(2025, 1)).of(UsageMetric.TRAFFIC_GB))
                    .isEqualByComparingTo("7");
        }

        @Test
        void a_new_report_for_the_same_project_day_and_metric_replaces_the_old_one() {
            steps.report(sample(blog.id(), "2025-01-10", "traffic_gb", "1.5"));
            steps.report(sample(blog.id(), "2025-01-10", "traffic_gb", "0.5"));
            assertThat(core.usage.all()).singleElement()
                    .satisfies(s -> assertThat(s.amount()).isEqualByComparingTo("0.5"));
        }

        @Test
        void every_bad_sample_is_named_by_index_and_field_and_nothing_is_written() {
            var refusal = refusedFields(() -> steps.report(
                    sample(blog.id(), "2025-01-10", "traffic_gb", "1"),
                    sample(blog.id(), "2025-01-10", "traffic_gb", "-1"),
                    new UsageSampleInput("prj_ghost", "2025-13-01", "ram", null),
                    new UsageSampleInput("res_abc", "2025-01-26", "cpu_core_hours", new BigDecimal("0.0000001")),
                    sample(blog.id(), "2025-01-25", "storage_mb", "10"),
                    sample(blog.id(), "2025-01-10", "traffic_gb", "2")),
                    "samples[1].amount", "samples[2].project_id", "samples[2].day", "samples[2].metric",
                    "samples[2].amount", "samples[3].project_id", "samples[3].day", "samples[3].amount",
                    "samples[5]");
            assertThat(refusal.fieldErrors()).extracting(FieldError::field).first().isEqualTo("samples[1].amount");
            assertThat(refusal.fieldErrors()).filteredOn(e -> e.field().equals("samples[5]"))
                    .extracting(FieldError::message).singleElement().asString().contains("samples[0]");
            assertThat(core.usage.all()).isEmpty();
        }

        @Test
        void the_batch_holds_1_to_1000_samples() {
            refusedFields(() -> core.reportUsage.report(new ReportUsageCommand(core.operator, List.of())), "samples");
            refusedFields(() -> core.reportUsage.report(new ReportUsageCommand(core.operator, null)), "samples");
            List<UsageSampleInput> tooMany = new ArrayList<>();
            for (int i = 0; i <= ReportUsageUseCase.MAX_SAMPLES; i++) {
                tooMany.add(sample(blog.id(), "2025-01-01", "traffic_gb", "1"));
            }
            refusedFields(() -> core.reportUsage.report(new ReportUsageCommand(core.operator, tooMany)), "samples");
            refusedFields(() -> core.reportUsage.report(new ReportUsageCommand(core.operator,
                    Collections.singletonList(null))), "samples[0]");
            assertThat(core.usage.all()).isEmpty();
        }

        @Test
        void only_the_operator_reports_usage() {
            for (Actor actor : notOperators()) {
                refused(() -> core.reportUsage.report(new ReportUsageCommand(actor,
                        List.of(sample(blog.id(), "2025-01-10", "traffic_gb", "1")))), ErrorCode.FORBIDDEN);
            }
            assertThat(core.usage.all()).isEmpty();
        }
    }
}
