package com.servelink.bootstrap.config;

import com.servelink.adapter.mail.SmtpSettings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code SERVELINK_SMTP_*} settings as {@link Configuration} reads them. */
class MailSettingsTest {
    private static Configuration read(String... pairs) {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return Configuration.fromEnvironment(env);
    }

    @Test
    void eMailIsOffWithoutAHost() {
        assertThat(read().smtp()).isEmpty();
        assertThat(read().describe() + read()).contains("e-mail off");
    }

    @Test
    void aHostAndASenderTurnItOnWithStartTlsOnPort587() {
        Optional<SmtpSettings> smtp = read(MailSettings.HOST, "smtp.example.com",
                MailSettings.FROM, "notifications@example.com").smtp();

        assertThat(smtp).contains(new SmtpSettings("smtp.example.com", 587, Optional.empty(), Optional.empty(),
                "notifications@example.com", true, Duration.ofSeconds(10)));
    }

    @Test
    void everySettingIsRead() {
        SmtpSettings smtp = read(MailSettings.HOST, "127.0.0.1", MailSettings.PORT, "2525",
                MailSettings.USERNAME, "mailer", MailSettings.PASSWORD, "s3cret-pass",
                MailSettings.FROM, "noreply@example.com", MailSettings.STARTTLS, "false").smtp().orElseThrow();

        assertThat(smtp.port()).isEqualTo(2525);
        assertThat(smtp.username()).contains("mailer");
        assertThat(smtp.password()).contains("s3cret-pass");
        assertThat(smtp.startTls()).isFalse();
    }

    @Test
    void thePasswordIsNeverShown() {
        Configuration configuration = read(MailSettings.HOST, "127.0.0.1", MailSettings.USERNAME, "mailer",
                MailSettings.PASSWORD, "s3cret-pass", MailSettings.FROM, "noreply@example.com");

        assertThat(configuration.toString() + configuration.describe()).doesNotContain("s3cret-pass");
        assertThat(Configuration.SECRET_VARIABLES).contains(MailSettings.PASSWORD);
        assertThat(Configuration.VARIABLES).containsAll(MailSettings.VARIABLES);
        assertThatThrownBy(() -> read(MailSettings.HOST, "127.0.0.1", MailSettings.PORT, "x",
                MailSettings.USERNAME, "mailer", MailSettings.PASSWORD, "s3cret-pass",
                MailSettings.FROM, "noreply@example.com"))
                .isInstanceOf(InvalidConfigurationException.class)
                .message().doesNotContain("s3cret-pass");
    }

    @Test
    void wrongValuesAreRefusedByName() {
        assertRefused(MailSettings.FROM, MailSettings.HOST, "smtp.example.com");
        assertRefused(MailSettings.FROM, MailSettings.HOST, "smtp.example.com", MailSettings.FROM, "not an address");
        assertRefused(MailSettings.PORT, MailSettings.HOST, "smtp.example.com", MailSettings.FROM, "a@example.com",
                MailSettings.PORT, "70000");
        assertRefused(MailSettings.STARTTLS, MailSettings.HOST, "smtp.example.com", MailSettings.FROM,
                "a@example.com", MailSettings.STARTTLS, "yes");
        assertRefused(MailSettings.PASSWORD, MailSettings.HOST, "smtp.example.com", MailSettings.FROM,
                "a@example.com", MailSettings.USERNAME, "mailer");
        assertRefused(MailSettings.HOST, MailSettings.HOST, "smtp example com", MailSettings.FROM, "a@example.com");
        assertRefused(MailSettings.FROM, MailSettings.FROM, "a@example.com");
    }

    private static void assertRefused(String named, String... env) {
        assertThatThrownBy(() -> read(env)).as(String.join(" ", env))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining(named);
    }
}
