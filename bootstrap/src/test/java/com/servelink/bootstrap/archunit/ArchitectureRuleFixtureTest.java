package com.servelink.bootstrap.archunit;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import static com.servelink.bootstrap.archunit.ArchitectureRule.*;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Proves that each {@link ArchitectureRule} bites: the same rule definition that {@link ArchitectureTest} runs
 * on production is bound to a fixture root ({@code com.servelink.archfixture.bad.<case>}) holding a small
 * hexagon with known violations, and must fail naming exactly those classes. It must also pass on a
 * well-formed hexagon ({@code com.servelink.archfixture.good}), and refuse to pass on nothing when its
 * subject exists in production.
 */
class ArchitectureRuleFixtureTest {

    private static final String GOOD = "com.servelink.archfixture.good";
    private static final String BAD = "com.servelink.archfixture.bad";
    private static final String NOTHING_CHECKED = "failed to check any classes";

    /** Without adapter code there is nothing to couple: only the adapter-to-adapter rule may check nothing. */
    private static final Set<ArchitectureRule> MAY_BE_EMPTY = EnumSet.of(ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER);

    /**
     * A fixture package under {@link #BAD}, the classes (relative to it) the rule must report, and the
     * classes in the same fixture it must leave alone.
     */
    private record Violation(String fixture, List<String> violators, List<String> bystanders) {
        String root() {
            return BAD + "." + fixture;
        }
    }

    private static final Map<ArchitectureRule, Violation> VIOLATIONS = new EnumMap<>(ArchitectureRule.class);

    static {
        VIOLATIONS.put(DOMAIN_DEPENDS_ONLY_ON_JDK_AND_ITSELF, new Violation("domainleak",
                List.of("domain.InvoiceNumbers", "domain.InvoiceLog"),
                List.of("domain.Invoice")));
        VIOLATIONS.put(APPLICATION_DEPENDS_ONLY_ON_DOMAIN_JDK_AND_ITSELF, new Violation("applicationleak",
                List.of("application.service.ShipOrderService", "application.service.OrderAudit"),
                List.of("application.port.out.OrderRepository")));
        VIOLATIONS.put(ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER, new Violation("adaptercoupling",
                List.of("adapter.http.OrderHandler"),
                List.of("adapter.scheduler.OrderJob")));
        VIOLATIONS.put(ONLY_BOOTSTRAP_DEPENDS_ON_ADAPTERS, new Violation("adapterdependency",
                List.of("application.service.ReportService", "domain.Report"),
                List.of("bootstrap.Launcher")));
        VIOLATIONS.put(NOTHING_DEPENDS_ON_BOOTSTRAP, new Violation("bootstrapdependency",
                List.of("adapter.http.SettingsPage"),
                List.of("bootstrap.Launcher")));
        VIOLATIONS.put(NO_CYCLES_BETWEEN_TOP_LEVEL_PACKAGES, new Violation("toplevelcycle",
                List.of("application.service.BillingService", "adapter.http.BillingPage"),
                List.of()));
        VIOLATIONS.put(NO_CYCLES_BETWEEN_PACKAGES, new Violation("subpackagecycle",
                List.of("domain.billing.Invoice", "domain.team.Customer"),
                List.of("application.service.InvoiceService")));
        VIOLATIONS.put(USE_CASES_RESIDE_IN_PORT_IN, new Violation("misplacedusecase",
                List.of("application.service.RenameWidgetUseCase", "domain.WidgetUseCase"),
                List.of("application.port.in.CreateWidgetUseCase")));
        VIOLATIONS.put(USE_CASE_IMPLEMENTATIONS_ARE_NAMED_SERVICE, new Violation("usecaseimplname",
                List.of("application.service.CreateWidgetHandler", "application.service.AuditedWidgetCreator"),
                List.of("application.service.CreateWidgetService")));
        VIOLATIONS.put(USE_CASE_IMPLEMENTATIONS_RESIDE_IN_SERVICE_PACKAGE, new Violation("usecaseimplplace",
                List.of("adapter.http.CreateWidgetService", "application.inmemory.FakeCreateWidgetService"),
                List.of("application.service.CreateWidgetService")));
        VIOLATIONS.put(SERVICES_IMPLEMENT_EXACTLY_ONE_USE_CASE, new Violation("serviceusecasecount",
                List.of("application.service.WidgetService", "application.service.AuditService"),
                List.of("application.service.CreateWidgetService", "application.service.WidgetAccess")));
        VIOLATIONS.put(OUTBOUND_PORTS_ARE_NOT_NAMED_AFTER_A_TECHNOLOGY, new Violation("technologyport",
                List.of("application.port.out.JpaWidgetStore", "application.port.out.HibernateSessions",
                        "application.port.out.UndertowExchanges", "application.port.out.QuartzTriggers",
                        "application.port.out.StripeCharges", "application.port.out.JdbcWidgets",
                        "application.port.out.HttpPaymentClient", "application.port.out.WidgetJDBCAccess"),
                List.of("application.port.out.WidgetRepository")));
        VIOLATIONS.put(OUTBOUND_PORT_IMPLEMENTATIONS_LIVE_IN_ADAPTERS, new Violation("portimplplacement",
                List.of("application.port.out.DefaultWidgetRepository",
                        "application.service.CachingWidgetRepository",
                        "application.inmemory.InMemoryWidgetRepository",
                        "bootstrap.LoggingWidgetRepository"),
                List.of("adapter.persistence.JpaWidgetRepository")));
        VIOLATIONS.put(APPLICATION_SHIPS_NO_TEST_DOUBLES, new Violation("testdoubles",
                List.of("application.inmemory.InMemoryWidgetStore"),
                List.of("application.port.out.WidgetStore", "adapter.persistence.InMemoryWidgetCache")));
        VIOLATIONS.put(DOMAIN_CARRIES_NO_FRAMEWORK_ANNOTATIONS, new Violation("annotateddomain",
                List.of("domain.MappedWidget", "domain.TypedWidget", "domain.SerializedWidget",
                        "domain.ScheduledWidget", "domain.RoutedWidget"),
                List.of("domain.PlainWidget")));
    }

    private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    private static JavaClasses fixture(String root) {
        return IMPORTED.computeIfAbsent(root, r -> new ClassFileImporter().importPackages(r));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ArchitectureRule.class)
    void ruleFailsOnItsViolatingFixtureNamingEachViolator(ArchitectureRule id) {
        Violation violation = VIOLATIONS.get(id);
        assertThat(violation).as("every architecture rule needs a fixture proving it can fail").isNotNull();
        ArchRule rule = id.forRoot(violation.root());

        Throwable thrown = catchThrowable(() -> rule.check(fixture(violation.root())));

        assertThat(thrown).isInstanceOf(AssertionError.class);
        String report = thrown.getMessage();
        assertThat(report).as("the rule must fail on a violation, not on an empty subject")
                .doesNotContain(NOTHING_CHECKED);
        for (String violator : violation.violators()) {
            assertThat(mentions(report, violation.root() + "." + violator))
                    .as("report names violator %s:%n%s", violator, report).isTrue();
        }
        for (String bystander : violation.bystanders()) {
            assertThat(mentions(report, violation.root() + "." + bystander))
                    .as("report leaves bystander %s alone:%n%s", bystander, report).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ArchitectureRule.class)
    void rulePassesOnTheWellFormedFixture(ArchitectureRule id) {
        JavaClasses good = fixture(GOOD);
        assertThat(good.that(resideInAPackage(GOOD + ".adapter..")))
                .as("the good fixture fills every ring, adapters included").isNotEmpty();

        assertThatCode(() -> id.forRoot(GOOD).check(good)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ArchitectureRule.class)
    void ruleRefusesToPassOnNothingUnlessEmptinessIsCorrectToday(ArchitectureRule id) {
        JavaClasses nothing = new ClassFileImporter().importClasses();
        ArchRule rule = id.forRoot(ArchitectureTest.PRODUCTION_ROOT);

        if (MAY_BE_EMPTY.contains(id)) {
            assertThatCode(() -> rule.check(nothing)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> rule.check(nothing))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining(NOTHING_CHECKED);
        }
    }

    @Test
    void aCycleInsideOneRingIsCaughtByThePerPackageRuleOnly() {
        String root = VIOLATIONS.get(NO_CYCLES_BETWEEN_PACKAGES).root();

        assertThatCode(() -> NO_CYCLES_BETWEEN_TOP_LEVEL_PACKAGES.forRoot(root).check(fixture(root)))
                .doesNotThrowAnyException();
    }

    /** Whether the report names the class itself (or one of its members), not merely a longer name. */
    private static boolean mentions(String report, String className) {
        return Pattern.compile(Pattern.quote(className) + "(?!\\w)").matcher(report).find();
    }
}
