package com.servelink.adapter.persistence.platform;

import com.servelink.domain.platform.UsageMetric;

import java.util.Arrays;
import java.util.List;

/**
 * {@code CASE} expressions that sort codes in their enum's order where the codes themselves do
 * not sort that way ({@code traffic_gb} comes before {@code storage_mb} in {@link UsageMetric}).
 * Built from the enums, so a new constant cannot be forgotten.
 */
final class SqlRank {
    private SqlRank() {
    }

    /** {@code case column when codes[0] then 0 when codes[1] then 1 … end}. */
    static String of(String column, List<String> codes) {
        StringBuilder sql = new StringBuilder("case ").append(column);
        for (int i = 0; i < codes.size(); i++) {
            sql.append(" when '").append(codes.get(i)).append("' then ").append(i);
        }
        return sql.append(" end").toString();
    }

    /** The metric in {@link UsageMetric} order. */
    static String metric(String column) {
        return of(column, Arrays.stream(UsageMetric.values()).map(UsageMetric::code).toList());
    }
}
