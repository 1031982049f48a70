package com.servelink.bootstrap.archunit;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks every {@link ArchitectureRule} against the production classes of all modules, as found on
 * bootstrap's test classpath. {@link ArchitectureRuleFixtureTest} proves each of these rules can fail.
 */
class ArchitectureTest {

    static final String PRODUCTION_ROOT = "com.servelink";

    /** Other modules' test-jars, should bootstrap ever depend on one, hold test code too. */
    private static final ImportOption DO_NOT_INCLUDE_TEST_JARS = location -> !location.contains("-tests.jar");

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(DO_NOT_INCLUDE_TEST_JARS)
                .importPackages(PRODUCTION_ROOT);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ArchitectureRule.class)
    void productionClassesFollowTheRule(ArchitectureRule rule) {
        rule.forRoot(PRODUCTION_ROOT).check(production);
    }

    @Test
    void theImportHoldsTheProductionRingsAndNoTestCode() {
        assertThat(production.that(resideInAPackage(PRODUCTION_ROOT + ".domain..")))
                .as("domain classes").isNotEmpty();
        assertThat(production.that(resideInAPackage(PRODUCTION_ROOT + ".application..")))
                .as("application classes").isNotEmpty();
        for (String adapter : new String[]{"persistence", "http", "scheduler", "mail"}) {
            assertThat(production.that(resideInAPackage(PRODUCTION_ROOT + ".adapter." + adapter + "..")))
                    .as("adapter " + adapter + " classes, judged by the adapter-coupling rule").isNotEmpty();
        }
        assertThat(production.stream().map(JavaClass::getName))
                .as("test classes and fixtures must not be judged as production code")
                .noneMatch(name -> name.startsWith(PRODUCTION_ROOT + ".archfixture.")
                        || name.startsWith(ArchitectureTest.class.getPackageName() + ".")
                        || name.endsWith("Test")
                        || name.endsWith("Tests"));
    }
}
