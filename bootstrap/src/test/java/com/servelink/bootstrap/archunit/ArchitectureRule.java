package com.servelink.bootstrap.archunit;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture rules of SPEC.md §1, each written once against a root package so that the very same
 * definition checks the production classes ({@code com.servelink}) and the fixtures that prove it can fail
 * (which mirror the package layout under {@code com.servelink.archfixture...}).
 *
 * <p>A rule whose subject exists in production today refuses to pass on an empty subject
 * ({@code allowEmptyShould(false)}), so a broken import or a renamed package cannot turn it green by
 * checking nothing. Only the adapter-to-adapter rule may be empty: with no adapter code there are no
 * adapters to couple, which is a correct state.
 */
public enum ArchitectureRule {

    DOMAIN_DEPENDS_ONLY_ON_JDK_AND_ITSELF {
        @Override
        public ArchRule forRoot(String root) {
            return classes().that().resideInAPackage(domain(root))
                    .should().onlyDependOnClassesThat().resideInAnyPackage("java..", domain(root))
                    .because("the domain is pure Java: it sees nothing but the JDK (SPEC §1)")
                    .allowEmptyShould(false);
        }
    },

    APPLICATION_DEPENDS_ONLY_ON_DOMAIN_JDK_AND_ITSELF {
        @Override
        public ArchRule forRoot(String root) {
            return classes().that().resideInAPackage(application(root))
                    .should().onlyDependOnClassesThat().resideInAnyPackage("java..", domain(root), application(root))
                    .because("the application ring may depend on the domain only (SPEC §1)")
                    .allowEmptyShould(false);
        }
    },

    ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER {
        @Override
        public ArchRule forRoot(String root) {
            return slices().matching(root + ".adapter.(*)..").namingSlices("adapter $1")
                    .should().notDependOnEachOther()
                    .because("adapters never depend on each other; bootstrap wires them (SPEC §1)")
                    // No adapter code (the state of the adapter modules at first) is a correct state.
                    .allowEmptyShould(true);
        }
    },

    ONLY_BOOTSTRAP_DEPENDS_ON_ADAPTERS {
        @Override
        public ArchRule forRoot(String root) {
            return noClasses().that().resideOutsideOfPackages(adapter(root), bootstrap(root))
                    .should().dependOnClassesThat().resideInAPackage(adapter(root))
                    .because("only the composition root knows the adapters (SPEC §1)")
                    .allowEmptyShould(false);
        }
    },

    NOTHING_DEPENDS_ON_BOOTSTRAP {
        @Override
        public ArchRule forRoot(String root) {
            return noClasses().that().resideOutsideOfPackage(bootstrap(root))
                    .should().dependOnClassesThat().resideInAPackage(bootstrap(root))
                    .because("bootstrap is the composition root: it depends on everything, nothing on it")
                    .allowEmptyShould(false);
        }
    },

    NO_CYCLES_BETWEEN_TOP_LEVEL_PACKAGES {
        @Override
        public ArchRule forRoot(String root) {
            return slices().matching(root + ".(*)..").namingSlices("$1")
                    .should().beFreeOfCycles()
                    .allowEmptyShould(false);
        }
    },

    NO_CYCLES_BETWEEN_PACKAGES {
        @Override
        public ArchRule forRoot(String root) {
            // One slice per package, at any depth: com.servelink.domain.billing, ...application.port.in.billing, ...
            return slices().matching(root + ".(**)").namingSlices("$1")
                    .should().beFreeOfCycles()
                    .allowEmptyShould(false);
        }
    },

    USE_CASES_RESIDE_IN_PORT_IN {
        @Override
        public ArchRule forRoot(String root) {
            return classes().that().areInterfaces().and().haveSimpleNameEndingWith("UseCase")
                    .should().resideInAPackage(root + ".application.port.in..")
                    .because("use cases are the inbound ports of the application")
                    .allowEmptyShould(false);
        }
    },

    USE_CASE_IMPLEMENTATIONS_ARE_NAMED_SERVICE {
        @Override
        public ArchRule forRoot(String root) {
            return classes().that(IMPLEMENT_A_USE_CASE)
                    .should().haveSimpleNameEndingWith("Service")
                    .because("a use case <Verb><Noun>UseCase is implemented by <Verb><Noun>Service")
                    .allowEmptyShould(false);
        }
    },

    USE_CASE_IMPLEMENTATIONS_RESIDE_IN_SERVICE_PACKAGE {
        @Override
        public ArchRule forRoot(String root) {
            return classes().that(IMPLEMENT_A_USE_CASE)
                    .should().resideInAPackage(root + ".application.service..")
                    .because("use cases are implemented in the application ring, not in adapters")
                    .allowEmptyShould(false);
        }
    },

    SERVICES_IMPLEMENT_EXACTLY_ONE_USE_CASE {
        @Override
        public ArchRule forRoot(String root) {
            return classes().that().resideInAPackage(root + ".application.service..")
                    .and().haveSimpleNameEndingWith("Service")
                    .and().areNotInterfaces()
                    .should(IMPLEMENT_EXACTLY_ONE_USE_CASE)
                    .because("one use case, one class (STYLE.md convention 6)")
                    .allowEmptyShould(false);
        }
    },

    OUTBOUND_PORTS_ARE_NOT_NAMED_AFTER_A_TECHNOLOGY {
        @Override
        public ArchRule forRoot(String root) {
            return classes().that().resideInAPackage(root + ".application.port.out..")
                    .and().areInterfaces()
                    .and().areTopLevelClasses()
                    .should(NOT_BE_NAMED_AFTER_A_TECHNOLOGY)
                    .because("out-ports are named for what the application needs, not for how an adapter does it")
                    .allowEmptyShould(false);
        }
    },

    OUTBOUND_PORT_IMPLEMENTATIONS_LIVE_IN_ADAPTERS {
        @Override
        public ArchRule forRoot(String root) {
            String outPorts = root + ".application.port.out..";
            DescribedPredicate<JavaClass> implementAnOutPort = DescribedPredicate.describe(
                    "implement an interface in " + outPorts,
                    c -> !c.isInterface() && c.getAllRawInterfaces().stream()
                            .anyMatch(JavaClass.Predicates.resideInAPackage(outPorts)));
            return classes().that(implementAnOutPort)
                    .should().resideInAPackage(adapter(root))
                    // two exceptions, both the application's own rules and pure JDK: the translation
                    // of domain events into the outbox (which events leave, with what data; decision
                    // 113) and opaque ids from SecureRandom (decision 155)
                    .orShould().haveFullyQualifiedName(root + ".application.service.notification.OutboxEventPublisher")
                    .orShould().haveFullyQualifiedName(root + ".application.service.identity.RandomIdSource")
                    .because("out-ports are implemented by adapters; the in-memory twins are test code")
                    .allowEmptyShould(false);
        }
    },

    APPLICATION_SHIPS_NO_TEST_DOUBLES {
        @Override
        public ArchRule forRoot(String root) {
            return noClasses().that().resideInAPackage(application(root))
                    .should().haveSimpleNameStartingWith("InMemory")
                    .because("the in-memory twins live in the application's test-jar, not in the jar "
                            + "embedders run in production (issue 19, decision 155)")
                    .allowEmptyShould(false);
        }
    },

    DOMAIN_CARRIES_NO_FRAMEWORK_ANNOTATIONS {
        @Override
        public ArchRule forRoot(String root) {
            return classes().that().resideInAPackage(domain(root))
                    .should(CARRY_NO_FRAMEWORK_ANNOTATIONS)
                    .because("the domain never sees JPA, Jackson, Undertow or Quartz annotations (SPEC §1)")
                    .allowEmptyShould(false);
        }
    };

    /** The rule, bound to the packages under {@code root} (e.g. {@code com.servelink}). */
    public abstract ArchRule forRoot(String root);

    /** Technology names an out-port must not carry; compared case-insensitively. */
    static final List<String> TECHNOLOGY_NAMES =
            List.of("Jpa", "Hibernate", "Undertow", "Quartz", "Stripe", "Jdbc", "Http");

    /** Packages whose annotations must never appear in the domain. */
    static final List<String> FRAMEWORK_ANNOTATION_PACKAGES =
            List.of("jakarta..", "org.hibernate..", "com.fasterxml..", "org.quartz..", "io.undertow..");

    private static String domain(String root) {
        return root + ".domain..";
    }

    private static String application(String root) {
        return root + ".application..";
    }

    private static String adapter(String root) {
        return root + ".adapter..";
    }

    private static String bootstrap(String root) {
        return root + ".bootstrap..";
    }

    private static boolean isUseCase(JavaClass type) {
        return type.isInterface() && type.getSimpleName().endsWith("UseCase");
    }

    private static List<String> useCasesOf(JavaClass type) {
        return type.getAllRawInterfaces().stream()
                .filter(ArchitectureRule::isUseCase)
                .map(JavaClass::getName)
                .sorted()
                .collect(Collectors.toList());
    }

    private static final DescribedPredicate<JavaClass> IMPLEMENT_A_USE_CASE = DescribedPredicate.describe(
            "implement an interface named *UseCase",
            c -> !c.isInterface() && !useCasesOf(c).isEmpty());

    private static final ArchCondition<JavaClass> IMPLEMENT_EXACTLY_ONE_USE_CASE =
            new ArchCondition<>("implement exactly one interface named *UseCase") {
                @Override
                public void check(JavaClass service, ConditionEvents events) {
                    List<String> useCases = useCasesOf(service);
                    events.add(new SimpleConditionEvent(service, useCases.size() == 1, String.format(
                            "Class <%s> implements %d use cases %s", service.getName(), useCases.size(), useCases)));
                }
            };

    private static final ArchCondition<JavaClass> NOT_BE_NAMED_AFTER_A_TECHNOLOGY =
            new ArchCondition<>("not be named after a technology " + TECHNOLOGY_NAMES) {
                @Override
                public void check(JavaClass port, ConditionEvents events) {
                    String name = port.getSimpleName().toLowerCase(Locale.ROOT);
                    List<String> found = TECHNOLOGY_NAMES.stream()
                            .filter(technology -> name.contains(technology.toLowerCase(Locale.ROOT)))
                            .collect(Collectors.toList());
                    events.add(new SimpleConditionEvent(port, found.isEmpty(), String.format(
                            "Interface <%s> is named after %s", port.getName(), found)));
                }
            };

    /** Looks at the class, its fields, constructors, methods and their parameters. */
    private static final ArchCondition<JavaClass> CARRY_NO_FRAMEWORK_ANNOTATIONS =
            new ArchCondition<>("carry no annotation from " + FRAMEWORK_ANNOTATION_PACKAGES) {
                private final DescribedPredicate<JavaClass> framework = JavaClass.Predicates
                        .resideInAnyPackage(FRAMEWORK_ANNOTATION_PACKAGES.toArray(String[]::new));

                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    List<String> offences = new ArrayList<>();
                    collect(type.getAnnotations(), type.getDescription(), offences);
                    for (JavaField field : type.getFields()) {
                        collect(field.getAnnotations(), field.getDescription(), offences);
                    }
                    for (JavaCodeUnit codeUnit : type.getCodeUnits()) {
                        collect(codeUnit.getAnnotations(), codeUnit.getDescription(), offences);
                        for (JavaParameter parameter : codeUnit.getParameters()) {
                            collect(parameter.getAnnotations(),
                                    "Parameter " + parameter.getIndex() + " of " + codeUnit.getDescription(), offences);
                        }
                    }
                    if (offences.isEmpty()) {
                        events.add(SimpleConditionEvent.satisfied(type, type.getName() + " carries no framework annotation"));
                    }
                    for (String offence : offences) {
                        events.add(SimpleConditionEvent.violated(type, offence));
                    }
                }

                private void collect(Iterable<? extends JavaAnnotation<?>> annotations, String where,
                                         List<String> offences) {
                    for (JavaAnnotation<?> annotation : annotations) {
                        if (framework.test(annotation.getRawType())) {
                            offences.add(String.format("%s is annotated with @%s",
                                    where, annotation.getRawType().getName()));
                        }
                    }
                }
            };
}
