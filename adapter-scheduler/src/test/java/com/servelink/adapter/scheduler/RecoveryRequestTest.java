package com.servelink.adapter.scheduler;

import com.servelink.application.port.in.admin.JobDefinition;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every job is stored as requesting recovery, so a survivor re-runs a firing its node died in
 * (the kill itself is {@code FailoverIT}, on PostgreSQL); a job stored by a version without
 * recovery gets it at the next start, its trigger and next firing kept.
 */
class RecoveryRequestTest {
    private static final QuartzScheduler.Settings SETTINGS =
            new QuartzScheduler.Settings(false, false, Duration.ofMillis(1000), Duration.ofSeconds(60), 1);
    private static final List<JobDefinition> JOBS = List.of(
            new JobDefinition("nightly", "0 0 2 * * ?", () -> 0),
            new JobDefinition("hourly", "0 0 * * * ?", () -> 0));

    @Test
    void registered_jobs_request_recovery() throws Exception {
        try (JobStoreFixture store = JobStoreFixture.h2();
             QuartzScheduler scheduler = new QuartzScheduler(store.dataSource, SETTINGS, JOBS, (job, at, r) -> { })) {
            scheduler.start();
            assertThat(recoveryByJob(store)).containsExactly("hourly=true", "nightly=true");
        }
    }

    @Test
    void a_job_stored_without_recovery_gets_it_and_keeps_its_next_firing() throws Exception {
        try (JobStoreFixture store = JobStoreFixture.h2()) {
            try (QuartzScheduler first = new QuartzScheduler(store.dataSource, SETTINGS, JOBS, (job, at, r) -> { })) {
                first.start();
            }
            // as an earlier version stored it, with a next firing that is not the cron's next one
            update(store, "update qrtz_job_details set requests_recovery = false");
            update(store, "update qrtz_triggers set next_fire_time = 4102444800000 where trigger_name = 'nightly'");

            try (QuartzScheduler second = new QuartzScheduler(store.dataSource, SETTINGS, JOBS, (job, at, r) -> { })) {
                second.start();
                assertThat(recoveryByJob(store)).containsExactly("hourly=true", "nightly=true");
                assertThat(query(store, "select next_fire_time from qrtz_triggers where trigger_name = 'nightly'"))
                        .containsExactly("4102444800000");
            }
        }
    }

    private static List<String> recoveryByJob(JobStoreFixture store) throws SQLException {
        return query(store, "select job_name || '=' || case when requests_recovery then 'true' else 'false' end from qrtz_job_details order by job_name");
    }

    private static List<String> query(JobStoreFixture store, String sql) throws SQLException {
        try (Connection c = store.dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery(sql)) {
            List<String> values = new java.util.ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    private static void update(JobStoreFixture store, String sql) throws SQLException {
        try (Connection c = store.dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
