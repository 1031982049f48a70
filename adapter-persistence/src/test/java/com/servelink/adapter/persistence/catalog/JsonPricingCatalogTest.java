package com.servelink.adapter.persistence.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.servelink.domain.catalog.Language;
import com.servelink.domain.catalog.Plan;
import com.servelink.domain.catalog.PlanId;
import com.servelink.domain.catalog.PricingCatalog;
import com.servelink.domain.catalog.ResourceType;
import com.servelink.domain.catalog.TestCatalog;
import com.servelink.domain.shared.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class JsonPricingCatalogTest {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();

    @Nested
    class TheShippedFile {
        private final PricingCatalog shipped = JsonPricingCatalog.shipped();
        private final PricingCatalog spec = TestCatalog.standard();

        @Test
        void holdsThePlansOfTheSpecInFileOrder() {
            assertThat(shipped.plans()).containsExactlyElementsOf(spec.plans());
            assertThat(shipped.plans()).extracting(Plan::id).containsExactly(PlanId.FREE, PlanId.PRO);
        }

        @Test
        void pricesAndLimitsAreExact() {
            Plan free = shipped.requirePlan(PlanId.FREE);
            Plan pro = shipped.requirePlan(PlanId.PRO);
            assertThat(free.monthlyPrice()).isEqualTo(Money.eur("0.00"));
            assertThat(free.limits().cpuCores()).isEqualTo(new BigDecimal("0.3"));
            assertThat(free.sellsAddOns()).isFalse();
            assertThat(free.hasPrioritySupport()).isFalse();
            assertThat(free.features().inactiveProjectPolicy()).hasValueSatisfying(policy -> {
                assertThat(policy.pauseAfterDays()).isEqualTo(5);
                assertThat(policy.deleteAfterDays()).isEqualTo(7);
            });
            assertThat(pro.monthlyPrice().amount()).isEqualTo(new BigDecimal("3.00"));
            assertThat(pro.limits().cpuCores()).isEqualTo(new BigDecimal("4.0"));
            assertThat(pro.limits().projects()).isEqualTo(-1);
            assertThat(pro.limits().members()).isEqualTo(-1);
            assertThat(pro.addOnPrice(ResourceType.CPU)).contains(Money.eur("2.00"));
            assertThat(pro.addOnPrice(ResourceType.RAM)).contains(Money.eur("1.00"));
            assertThat(pro.features().inactiveProjectPolicy()).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(Language.class)
        void offersTheSpecAddOnsInEachLanguageToEachPlan(Language language) {
            for (Plan plan : spec.plans()) {
                assertThat(shipped.offersFor(shipped.requirePlan(plan.id()), language))
                        .as("offers to %s in %s", plan.id(), language)
                        .containsExactlyElementsOf(spec.offersFor(plan, language));
            }
        }

        @Test
        void theEnglishAndFrenchTextsAreThoseOfTheSpec() {
            assertThat(shipped.offersFor(shipped.requirePlan(PlanId.PRO), Language.FR))
                    .extracting(o -> o.type().code() + "|" + o.name() + "|" + o.unit() + "|" + o.description()
                            + "|" + o.icon() + "|" + o.price())
                    .containsExactly(
                            "ram|RAM additionnelle|500 MB|Ajoutez 500 MB de RAM à votre plan|memory|1.00 EUR",
                            "cpu|CPU additionnel|1 CPU|Ajoutez 1 CPU à votre plan|developer_board|2.00 EUR",
                            "traffic|Trafic additionnel|10 GB|Ajoutez 10 GB de trafic à votre plan|swap_horiz|1.00 EUR",
                            "storage|Stockage additionnel|10 GB|Ajoutez 10 GB de stockage à votre plan|storage|1.00 EUR");
            assertThat(shipped.offersFor(shipped.requirePlan(PlanId.FREE), Language.EN))
                    .extracting(o -> o.name() + "|" + o.description() + "|" + o.purchasable())
                    .containsExactly(
                            "Additional RAM|Add 500 MB of RAM to your plan|false",
                            "Additional CPU|Add 1 CPU to your plan|false",
                            "Additional traffic|Add 10 GB of traffic to your plan|false",
                            "Additional storage|Add 10 GB of storage to your plan|false");
        }
    }

    @Nested
    class Sources {
        @Test
        void aFileLoadsLikeTheShippedOne(@TempDir Path dir) throws IOException {
            Path file = dir.resolve("pricing-specs.json");
            Files.writeString(file, shippedText());

            assertThat(JsonPricingCatalog.read(file).plans())
                    .containsExactlyElementsOf(TestCatalog.standard().plans());
        }

        @Test
        void aMissingFileIsNamed(@TempDir Path dir) {
            Path file = dir.resolve("nowhere.json");
            assertThatThrownBy(() -> JsonPricingCatalog.read(file))
                    .isInstanceOf(PricingFileException.class)
                    .hasMessage("pricing file " + file + " does not exist");
        }

        @Test
        void problemsInAFileNameTheFile(@TempDir Path dir) throws IOException {
            Path file = dir.resolve("bad.json");
            Files.writeString(file, "[]");
            assertThatThrownBy(() -> JsonPricingCatalog.read(file))
                    .hasMessageStartingWith("pricing file " + file + ": the file must hold a JSON object");
        }

        @Test
        void amountsAreReadAsWrittenNeverThroughDouble() {
            // new BigDecimal(19.99d) is 19.989999…, which would be refused for having too many decimals.
            ObjectNode root = shippedTree();
            price(root, "pro").put("amount", new BigDecimal("19.99"));
            offer(root, "cpu")
                    .put("price_per_unit", new BigDecimal("0.10"));
            limits(root, "free").put("cpu", new BigDecimal("0.10"));

            PricingCatalog catalog = load(root.toString());

            Plan pro = catalog.requirePlan(PlanId.PRO);
            assertThat(pro.monthlyPrice().amount()).isEqualTo(new BigDecimal("19.99"));
            assertThat(pro.addOnPrice(ResourceType.CPU)).contains(Money.eur("0.10"));
            assertThat(catalog.requirePlan(PlanId.FREE).limits().cpuCores()).isEqualTo(new BigDecimal("0.10"));
        }

        @Test
        void aPlanSellingNothingMayWriteAnEmptyObject() {
            ObjectNode root = shippedTree();
            plan(root, "pro").putObject("additional_resources");
            assertThat(load(root.toString()).requirePlan(PlanId.PRO).sellsAddOns()).isFalse();
        }
    }

    @Nested
    class InvalidFiles {
        static Stream<Arguments> badFields() {
            return Stream.of(
                    bad("negative cpu", r -> limits(r, "pro").put("cpu", -1),
                            "plans.pro.limits.cpu: must be a non-negative number, got -1"),
                    bad("cpu as a string", r -> limits(r, "pro").put("cpu", "4"),
                            "plans.pro.limits.cpu: must be a non-negative number, got the string \"4\""),
                    bad("fractional ram", r -> limits(r, "free").put("ram_mb", new BigDecimal("100.5")),
                            "plans.free.limits.ram_mb: must be a whole number, 0 or more, got 100.5"),
                    bad("unlimited storage", r -> limits(r, "pro").put("storage_mb", -1),
                            "plans.pro.limits.storage_mb: must be a whole number, 0 or more, got -1"),
                    bad("projects below -1", r -> limits(r, "free").put("projects", -2),
                            "plans.free.limits.projects: must be a whole number, 0 or more, or -1 for unlimited, got -2"),
                    bad("members missing", r -> limits(r, "pro").remove("members"),
                            "plans.pro.limits.members: is missing"),
                    bad("limits not an object", r -> plan(r, "pro").put("limits", "big"),
                            "plans.pro.limits: must be an object, got the string \"big\""),
                    bad("an unknown limit", r -> limits(r, "pro").put("gpu", 1),
                            "plans.pro.limits.gpu: unknown field; expected cpu, ram_mb, traffic_gb"),
                    bad("price missing", r -> plan(r, "free").remove("price"),
                            "plans.free.price: is missing"),
                    bad("name blank", r -> plan(r, "free").put("name", " "),
                            "plans.free.name: must be a non-empty string"),
                    bad("three decimals in a price", r -> price(r, "pro").put("amount", new BigDecimal("3.005")),
                            "plans.pro.price.amount: has more than 2 decimals for EUR, got 3.005"),
                    bad("negative price", r -> price(r, "pro").put("amount", new BigDecimal("-3.00")),
                            "plans.pro.price.amount: must be 0 or more, got -3.00"),
                    bad("price as a string", r -> price(r, "pro").put("amount", "3.00"),
                            "plans.pro.price.amount: must be a number such as 1.00, got the string \"3.00\""),
                    bad("unknown currency", r -> price(r, "pro").put("currency", "EURO"),
                            "plans.pro.price.currency: unknown currency \"EURO\"; expected an ISO 4217 code"),
                    bad("made-up currency", r -> offer(r, "ram").put("currency", "ZZZ"),
                            "plans.pro.additional_resources.ram.currency: unknown currency \"ZZZ\""),
                    bad("yearly billing", r -> price(r, "pro").put("billing_cycle", "yearly"),
                            "plans.pro.price.billing_cycle: must be \"monthly\""),
                    bad("three decimals in an add-on price",
                            r -> offer(r, "ram").put("price_per_unit", new BigDecimal("0.999")),
                            "plans.pro.additional_resources.ram.price_per_unit: has more than 2 decimals for EUR, got 0.999"),
                    bad("free add-on", r -> offer(r, "cpu").put("price_per_unit", 0),
                            "plans.pro.additional_resources.cpu.price_per_unit: must be more than 0, got 0"),
                    bad("unknown resource type", r -> addOns(r).putObject("gpu").put("unit", "1 GPU")
                                    .put("price_per_unit", 5).put("currency", "EUR"),
                            "plans.pro.additional_resources.gpu: unknown resource type; expected one of ram, cpu, traffic, storage"),
                    bad("add-on unit missing", r -> offer(r, "traffic").remove("unit"),
                            "plans.pro.additional_resources.traffic.unit: is missing"),
                    bad("add-ons not an object", r -> plan(r, "pro").put("additional_resources", true),
                            "plans.pro.additional_resources: must be an object or null, got true"),
                    bad("add-ons key missing", r -> plan(r, "free").remove("additional_resources"),
                            "plans.free.additional_resources: is missing; write null when the plan sells no add-on"),
                    bad("a sold type without display texts", r -> types(r).remove("storage"),
                            "plans.pro.additional_resources.storage: the plan sells storage but resource_types.storage"
                                    + " gives no display name, description and icon for it"),
                    bad("unit labels that disagree", r -> offer(r, "ram").put("unit", "1 GB"),
                            "plans.pro.additional_resources.ram.unit: \"1 GB\" differs from resource_types.ram.unit \"500 MB\""),
                    bad("priority support not a boolean", r -> features(r, "pro").put("priority_support", "yes"),
                            "plans.pro.features.priority_support: must be true or false, got the string \"yes\""),
                    bad("inactive policy missing", r -> features(r, "pro").remove("inactive_project_policy"),
                            "plans.pro.features.inactive_project_policy: is missing; write null when"),
                    bad("pause after zero days",
                            r -> ((ObjectNode) features(r, "free").get("inactive_project_policy")).put("pause_after_days", 0),
                            "plans.free.features.inactive_project_policy.pause_after_days: must be a whole number of days, 1 or more, got 0"),
                    bad("English name missing", r -> ((ObjectNode) types(r).get("ram").get("name")).remove("en"),
                            "resource_types.ram.name.en: is missing"),
                    bad("icon empty", r -> ((ObjectNode) types(r).get("cpu")).put("icon", ""),
                            "resource_types.cpu.icon: must be a non-empty string"),
                    bad("display texts of an unknown type", r -> types(r).putObject("gpu"),
                            "resource_types.gpu: unknown resource type"),
                    bad("plan id in capitals", r -> ((ObjectNode) r.get("plans")).set("Business", plan(r, "pro").deepCopy()),
                            "plans.Business: a plan id is 1 to 40 lowercase letters"),
                    bad("plan id with a space", r -> ((ObjectNode) r.get("plans")).set("pro max", plan(r, "pro").deepCopy()),
                            "plans[\"pro max\"]: a plan id is"),
                    bad("no plans", r -> r.putObject("plans"),
                            "plans: the catalog needs at least one plan"),
                    bad("resource types missing", r -> r.remove("resource_types"),
                            "resource_types: is missing"),
                    bad("an unknown top-level field", r -> r.put("currency", "EUR"),
                            "currency: unknown field; expected plans, resource_types"));
        }

        /** What Jackson refuses while binding, said like the checks say theirs. */
        static Stream<Arguments> badShapes() {
            return Stream.of(
                    bad("a name as a number", r -> plan(r, "pro").put("name", 5),
                            "plans.pro.name: must be a non-empty string, got 5"),
                    bad("a boolean as a string", r -> features(r, "pro").put("custom_domains", "true"),
                            "plans.pro.features.custom_domains: must be true or false, got the string \"true\""),
                    bad("a boolean as a number", r -> features(r, "pro").put("custom_domains", 1),
                            "plans.pro.features.custom_domains: must be true or false, got 1"),
                    bad("cpu as a boolean", r -> limits(r, "pro").put("cpu", true),
                            "plans.pro.limits.cpu: must be a non-negative number, got true"),
                    bad("ram as a string", r -> limits(r, "free").put("ram_mb", "100"),
                            "plans.free.limits.ram_mb: must be a whole number, 0 or more, got the string \"100\""),
                    bad("a plan that is null", r -> ((ObjectNode) r.get("plans")).putNull("free"),
                            "plans.free: must be an object, got null"),
                    bad("limits that are null", r -> plan(r, "pro").putNull("limits"),
                            "plans.pro.limits: must be an object, got null"),
                    bad("an offer that is null", r -> addOns(r).putNull("ram"),
                            "plans.pro.additional_resources.ram: must be an object, got null"),
                    bad("display texts that are null", r -> types(r).putNull("cpu"),
                            "resource_types.cpu: must be an object, got null"),
                    bad("a price as an array", r -> plan(r, "pro").putArray("price"),
                            "plans.pro.price: must be an object, got an array"),
                    bad("an unknown field in an offer", r -> offer(r, "ram").put("discount", 1),
                            "plans.pro.additional_resources.ram.discount: unknown field; expected unit, price_per_unit, currency"),
                    bad("an unknown field in display texts", r -> ((ObjectNode) types(r).get("ram").get("name")).put("de", "x"),
                            "resource_types.ram.name.de: unknown field; expected fr, en"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("badShapes")
        void namesTheFieldJacksonRefuses(String name, Consumer<ObjectNode> change, String message) {
            ObjectNode root = shippedTree();
            change.accept(root);

            assertThatThrownBy(() -> load(root.toString()))
                    .isInstanceOfSatisfying(PricingFileException.class, e -> {
                        assertThat(e.problems()).containsExactly(message);
                        assertThat(e).hasMessage("pricing file: " + message);
                        assertThat(e.source()).isEmpty();
                    });
        }

        private static Arguments bad(String name, Consumer<ObjectNode> change, String message) {
            return arguments(name, change, message);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("badFields")
        void namesTheBadField(String name, Consumer<ObjectNode> change, String message) {
            ObjectNode root = shippedTree();
            change.accept(root);

            assertThatThrownBy(() -> load(root.toString()))
                    .isInstanceOf(PricingFileException.class)
                    .hasMessageStartingWith("pricing file: ")
                    .hasMessageContaining(message)
                    .satisfies(e -> assertThat(((PricingFileException) e).problems()).hasSize(1));
        }

        @Test
        void reportsEveryProblemAtOnce() {
            ObjectNode root = shippedTree();
            limits(root, "pro").put("cpu", -1);
            price(root, "free").put("currency", "EURO");
            addOns(root).putObject("gpu");

            assertThatThrownBy(() -> load(root.toString()))
                    .isInstanceOfSatisfying(PricingFileException.class, e -> {
                        assertThat(e.problems()).containsExactly(
                                "plans.free.price.currency: unknown currency \"EURO\"; expected an ISO 4217 code such as EUR",
                                "plans.pro.limits.cpu: must be a non-negative number, got -1",
                                "plans.pro.additional_resources.gpu: unknown resource type; expected one of ram, cpu, traffic, storage");
                        assertThat(e.getMessage()).startsWith("pricing file, 3 problems:\n  - plans.free.price.currency");
                    });
        }

        @Test
        void malformedJsonGivesLineAndColumn() {
            String text = "{\n  \"plans\": {\n    \"free\": ,\n  }\n}\n";
            assertThatThrownBy(() -> load(text))
                    .isInstanceOf(PricingFileException.class)
                    .hasMessageStartingWith("pricing file: malformed JSON at line 3, column 13: Unexpected character");
        }

        @Test
        void aDuplicatedKeyIsMalformed() {
            String text = "{\"plans\": {\"free\": {}, \"free\": {}}, \"resource_types\": {}}";
            assertThatThrownBy(() -> load(text))
                    .hasMessageStartingWith("pricing file: malformed JSON at line 1, column")
                    .hasMessageContaining("Duplicate field 'free'");
        }

        @Test
        void trailingContentIsMalformed() {
            assertThatThrownBy(() -> load(shippedText() + "\n{}"))
                    .hasMessageContaining("pricing file: malformed JSON at line");
        }

        @Test
        void anEmptyFileSaysSo() {
            assertThatThrownBy(() -> load("  \n"))
                    .hasMessage("pricing file: the file is empty; expected a JSON object with plans and resource_types");
        }

        @Test
        void aFileThatIsNotAnObjectSaysWhatItIs() {
            assertThatThrownBy(() -> load("[1, 2]"))
                    .hasMessage("pricing file: the file must hold a JSON object with plans and resource_types, got an array");
        }
    }

    private static PricingCatalog load(String text) {
        return JsonPricingCatalog.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
    }

    private static String shippedText() {
        try (InputStream in = JsonPricingCatalog.class.getClassLoader()
                .getResourceAsStream(JsonPricingCatalog.SHIPPED_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode shippedTree() {
        try {
            return (ObjectNode) JSON.readTree(shippedText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode types(ObjectNode root) {
        return (ObjectNode) root.get("resource_types");
    }

    private static ObjectNode plan(ObjectNode root, String id) {
        return (ObjectNode) root.get("plans").get(id);
    }

    private static ObjectNode limits(ObjectNode root, String id) {
        return (ObjectNode) plan(root, id).get("limits");
    }

    private static ObjectNode price(ObjectNode root, String id) {
        return (ObjectNode) plan(root, id).get("price");
    }

    private static ObjectNode features(ObjectNode root, String id) {
        return (ObjectNode) plan(root, id).get("features");
    }

    private static ObjectNode addOns(ObjectNode root) {
        return (ObjectNode) plan(root, "pro").get("additional_resources");
    }

    private static ObjectNode offer(ObjectNode root, String type) {
        return (ObjectNode) addOns(root).get(type);
    }
}
