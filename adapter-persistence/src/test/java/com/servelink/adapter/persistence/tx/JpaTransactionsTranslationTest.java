package com.servelink.adapter.persistence.tx;

import com.servelink.application.port.out.StorageUnavailableException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which driver failures mean "the database is not there" (a 503), and which do not. */
class JpaTransactionsTranslationTest {

    @Test
    void a_backend_terminated_or_a_server_shutting_down_is_storage_unavailable() {
        for (String state : new String[]{"57P01", "57P02", "57P03", "08006", "08003"}) {
            assertThat(JpaTransactions.translate(new SQLException("FATAL: terminating connection", state)))
                    .as(state).isInstanceOf(StorageUnavailableException.class);
        }
    }

    @Test
    void a_query_error_is_not_storage_unavailable() {
        for (String state : new String[]{"22021", "42P01", "57014"}) {
            assertThat(JpaTransactions.translate(new SQLException("ERROR", state)))
                    .as(state).isNotInstanceOf(StorageUnavailableException.class);
        }
    }
}
