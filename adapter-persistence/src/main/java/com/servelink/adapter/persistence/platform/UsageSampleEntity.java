package com.servelink.adapter.persistence.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Row of {@code usage_sample}: what one project used of one metric on one UTC day. Written by
 * {@link JpaUsageRepository}'s upsert statement, read by its queries.
 */
@Entity
@Table(name = "usage_sample")
public class UsageSampleEntity {

    /** Primary key: project, day and metric. */
    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "project_id", length = 80)
        String projectId;

        @Column(name = "usage_date")
        LocalDate usageDate;

        @Column(name = "metric", length = 32)
        String metric;

        protected Key() {
        }

        Key(String projectId, LocalDate usageDate, String metric) {
            this.projectId = projectId;
            this.usageDate = usageDate;
            this.metric = metric;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && other.projectId.equals(projectId) && other.usageDate.equals(usageDate)
                    && other.metric.equals(metric);
        }

        @Override
        public int hashCode() {
            return Objects.hash(projectId, usageDate, metric);
        }
    }

    @EmbeddedId
    Key key;

    @Column(name = "amount", nullable = false, precision = 21, scale = 6)
    BigDecimal amount;

    protected UsageSampleEntity() {
    }
}
