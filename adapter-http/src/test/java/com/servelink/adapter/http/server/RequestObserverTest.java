package com.servelink.adapter.http.server;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class RequestObserverTest {

    @Test
    void the_access_logs_milliseconds_are_what_the_one_decimal_format_wrote() {
        long[] samples = {0, 1, 49_999, 50_000, 99_999, 100_000, 149_999, 150_000, 949_999, 950_000, 3_449_999,
                3_450_000, 12_345_678, 999_950_000, 1_234_567_890_123L};
        for (long nanos : samples) {
            assertThat(RequestObserver.millis(nanos)).as("%d ns", nanos)
                    .isEqualTo(String.format(Locale.ROOT, "%.1f", nanos / 1_000_000.0));
        }
        for (long nanos = 0; nanos < 20_000_000; nanos += 7_919) {
            assertThat(RequestObserver.millis(nanos)).isEqualTo(String.format(Locale.ROOT, "%.1f", nanos / 1e6));
        }
    }
}
