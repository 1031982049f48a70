package com.servelink.bootstrap.config;

import com.servelink.domain.support.BusinessHours;
import com.servelink.domain.support.SlaPolicy;
import com.servelink.domain.support.SlaTarget;
import com.servelink.domain.support.TicketPriority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlaSettingsTest {

    @Test
    void unset_means_the_default_targets_around_the_clock() {
        SlaPolicy policy = Configuration.defaults().sla().policy();
        assertThat(policy).isEqualTo(SlaPolicy.DEFAULT);
        assertThat(policy.calendar().isAlways()).isTrue();
        assertThat(policy.target(SlaTarget.FIRST_RESPONSE, TicketPriority.URGENT)).isEqualTo(Duration.ofHours(2));
        assertThat(policy.target(SlaTarget.RESOLUTION, TicketPriority.LOW)).isEqualTo(Duration.ofHours(120));
    }

    @Test
    void targets_and_business_hours_are_read() {
        SlaPolicy policy = Configuration.fromEnvironment(Map.of(
                "SERVELINK_SLA_FIRST_RESPONSE", "urgent=PT1H,high=PT4H,normal=PT24H,low=PT48H",
                "SERVELINK_SLA_RESOLUTION", "urgent=PT6H",
                "SERVELINK_SLA_BUSINESS_HOURS", "Europe/Paris;MON-FRI;09:00-18:00")).sla().policy();

        assertThat(policy.target(SlaTarget.FIRST_RESPONSE, TicketPriority.URGENT)).isEqualTo(Duration.ofHours(1));
        assertThat(policy.target(SlaTarget.NEXT_RESPONSE, TicketPriority.URGENT))
                .as("next responses follow the first-response targets").isEqualTo(Duration.ofHours(1));
        assertThat(policy.target(SlaTarget.RESOLUTION, TicketPriority.URGENT)).isEqualTo(Duration.ofHours(6));
        assertThat(policy.target(SlaTarget.RESOLUTION, TicketPriority.HIGH)).as("left out: default")
                .isEqualTo(Duration.ofHours(24));
        assertThat(policy.calendar()).isEqualTo(BusinessHours.of(ZoneId.of("Europe/Paris"),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(18, 0)));
    }

    @Test
    void days_may_be_lists_and_ranges() {
        SlaPolicy policy = Configuration.fromEnvironment(Map.of(
                "SERVELINK_SLA_NEXT_RESPONSE", "low=P3D",
                "SERVELINK_SLA_BUSINESS_HOURS", "UTC;mon-wed,FRI;08:30-17:00")).sla().policy();
        assertThat(policy.calendar().days()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
        assertThat(policy.target(SlaTarget.NEXT_RESPONSE, TicketPriority.LOW)).isEqualTo(Duration.ofDays(3));
        assertThat(policy.target(SlaTarget.FIRST_RESPONSE, TicketPriority.LOW)).isEqualTo(Duration.ofHours(48));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "SERVELINK_SLA_FIRST_RESPONSE|urgent=1h|priority=ISO-8601 duration pairs",
            "SERVELINK_SLA_FIRST_RESPONSE|critical=PT1H|priority=ISO-8601 duration pairs",
            "SERVELINK_SLA_FIRST_RESPONSE|urgent=PT1H,urgent=PT2H|priority=ISO-8601 duration pairs",
            "SERVELINK_SLA_NEXT_RESPONSE|high=PT0S|priority=ISO-8601 duration pairs",
            "SERVELINK_SLA_RESOLUTION|low=-PT1H|priority=ISO-8601 duration pairs",
            "SERVELINK_SLA_RESOLUTION|low=P400D|priority=ISO-8601 duration pairs",
            "SERVELINK_SLA_BUSINESS_HOURS|Mars/Olympus;MON-FRI;09:00-18:00|<zone>;<days>;<opening>-<closing>",
            "SERVELINK_SLA_BUSINESS_HOURS|Europe/Paris;FRI-MON;09:00-18:00|<zone>;<days>;<opening>-<closing>",
            "SERVELINK_SLA_BUSINESS_HOURS|Europe/Paris;MON-FRI;18:00-09:00|<zone>;<days>;<opening>-<closing>",
            "SERVELINK_SLA_BUSINESS_HOURS|Europe/Paris;MON-FRI|<zone>;<days>;<opening>-<closing>",
            "SERVELINK_SLA_BUSINESS_HOURS|Europe/Paris;MONDAY;9h-18h|<zone>;<days>;<opening>-<closing>",
    })
    void a_bad_value_is_named_with_what_is_expected(String variable, String value, String expected) {
        assertThatThrownBy(() -> Configuration.fromEnvironment(Map.of(variable, value)))
                .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> assertThat(e.problems())
                        .singleElement().asString().startsWith(variable + "=\"" + value + "\": expected " + expected));
    }

    @Test
    void the_variables_are_known_to_the_misspelling_warning() {
        assertThat(Configuration.unrecognizedVariables(Map.of("SERVELINK_SLA_BUSINESS_HOURS", "x",
                "SERVELINK_SLA_RESOLUTION", "x", "SERVELINK_SLA_FIRST_RESPONSE", "x",
                "SERVELINK_SLA_NEXT_RESPONSE", "x"))).isEmpty();
    }
}
