package com.servelink.adapter.http.server;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RouteTableTest {
    private static final Handler NONE = call -> Reply.ok(Map.of());
    private static final Route LIMITS = route("GET", "/api/resources/{team_slug}/limits");
    private static final Route CANCEL = route("DELETE", "/api/resources/{team_slug}/cancel/{resource_id}");
    private static final Route PAYMENT = route("GET", "/api/payments/{team_slug}/{payment_id}");
    private static final Route WEBHOOK = route("POST", "/api/payments/webhooks/{provider}");
    private static final Route HEALTH = route("GET", "/health");
    private static final Route QUEUE = route("GET", "/api/staff/queue");
    private static final Route STAFF_TICKET = route("GET", "/api/staff/tickets/{ticket_id}");
    private static final Route STAFF_PATCH = route("PATCH", "/api/staff/tickets/{ticket_id}");

    private final RouteTable table = new RouteTable(List.of(LIMITS, CANCEL, PAYMENT, WEBHOOK, HEALTH, QUEUE,
            STAFF_TICKET, STAFF_PATCH));

    private static Route route(String method, String template) {
        return new Route(method, template, Access.PUBLIC, NONE);
    }

    @Test
    void findsTheRouteAndItsParametersByName() {
        assertThat(table.find("GET", "/api/resources/my-team/limits"))
                .isEqualTo(new RouteTable.Found(LIMITS, Map.of("team_slug", "my-team")));
        assertThat(table.find("DELETE", "/api/resources/my-team/cancel/res_1"))
                .isEqualTo(new RouteTable.Found(CANCEL, Map.of("team_slug", "my-team", "resource_id", "res_1")));
        assertThat(table.find("GET", "/health")).isEqualTo(new RouteTable.Found(HEALTH, Map.of()));
    }

    @Test
    void aLiteralSegmentWinsOverAParameterButTheParameterStillServesOtherMethods() {
        assertThat(table.find("POST", "/api/payments/webhooks/stripe"))
                .isEqualTo(new RouteTable.Found(WEBHOOK, Map.of("provider", "stripe")));
        // GET has no literal route there: the team "webhooks" and its payment "stripe"
        assertThat(table.find("GET", "/api/payments/webhooks/stripe"))
                .isEqualTo(new RouteTable.Found(PAYMENT, Map.of("team_slug", "webhooks", "payment_id", "stripe")));
        assertThat(table.find("GET", "/api/staff/queue")).isEqualTo(new RouteTable.Found(QUEUE, Map.of()));
    }

    @Test
    void aKnownPathWithAnotherMethodIs405WithWhatIsAllowed() {
        assertThat(table.find("DELETE", "/health")).isEqualTo(new RouteTable.WrongMethod(Set.of("GET")));
        assertThat(table.find("POST", "/api/staff/tickets/t1"))
                .isEqualTo(new RouteTable.WrongMethod(Set.of("GET", "PATCH")));
        assertThat(table.find("HEAD", "/api/resources/x/limits")).isInstanceOf(RouteTable.WrongMethod.class);
    }

    @Test
    void unknownPathsEmptySegmentsAndExtraSegmentsAreNotFound() {
        for (String path : List.of("", "/", "health", "//health", "/healthz", "/health/x", "/api/resources//limits",
                "/api/resources/x/limits/extra", "/api/resources/x", "/api/staff/tickets/", "/api//staff/queue",
                "/api/resources/x/limits//", "/a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q/r/s/t/u/v/w/x/y/z/0/1/2/3/4/5/6/7")) {
            assertThat(table.find("GET", path)).as(path).isInstanceOf(RouteTable.NotFound.class);
        }
    }

    @Test
    void oneTrailingSlashIsIgnoredOnEveryPath() {
        assertThat(table.find("GET", "/health/")).isEqualTo(new RouteTable.Found(HEALTH, Map.of()));
        assertThat(table.find("GET", "/api/resources/t/limits/"))
                .isEqualTo(new RouteTable.Found(LIMITS, Map.of("team_slug", "t")));
    }

    @Test
    void literalPrefixOfASegmentIsNotAMatch() {
        assertThat(table.find("GET", "/api/staff/queues")).isInstanceOf(RouteTable.NotFound.class);
        assertThat(table.find("GET", "/api/staff/queu")).isInstanceOf(RouteTable.NotFound.class);
    }

    @Test
    void templatesThatCannotBeMatchedAreRefusedAtStart() {
        assertThatThrownBy(() -> new RouteTable(List.of(route("GET", "/a/{x}"), route("GET", "/a/{y}"))))
                .hasMessageContaining("two routes");
        assertThatThrownBy(() -> new RouteTable(List.of(route("GET", "/a/{x}/b/{x}")))).hasMessageContaining("{x}");
        assertThatThrownBy(() -> new RouteTable(List.of(route("GET", "/a/x{y}")))).hasMessageContaining("whole segment");
        assertThatThrownBy(() -> new RouteTable(List.of(route("GET", "/a//b")))).hasMessageContaining("empty");
        assertThatThrownBy(() -> new RouteTable(List.of(route("GET", "a")))).hasMessageContaining("starts with /");
    }

    @Property
    void anyParameterValuesComeBackAsTheyWereSent(@ForAll @AlphaChars @NumericChars @StringLength(min = 1, max = 40)
                                                  String team, @ForAll @AlphaChars @StringLength(min = 1, max = 40)
                                                  String resource) {
        assertThat(table.find("DELETE", "/api/resources/" + team + "/cancel/" + resource))
                .isEqualTo(new RouteTable.Found(CANCEL, Map.of("team_slug", team, "resource_id", resource)));
    }
}
