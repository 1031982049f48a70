package com.servelink.domain.support;

import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.FieldError;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static com.servelink.domain.support.Tickets.AGENT;
import static com.servelink.domain.support.Tickets.CREATED;
import static com.servelink.domain.support.Tickets.CUSTOMER;
import static com.servelink.domain.support.Tickets.ID;
import static com.servelink.domain.support.Tickets.TEAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TicketTest {
    private static final Instant T1 = CREATED.plus(Duration.ofMinutes(10));
    private static final Instant T2 = CREATED.plus(Duration.ofMinutes(20));
    private static final Instant T3 = CREATED.plus(Duration.ofMinutes(30));

    @Nested
    class Opening {
        @Test
        void a_new_ticket_is_open_with_no_response_resolution_nor_closing() {
            Ticket ticket = Tickets.fresh();

            assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
            assertThat(ticket.createdAt()).isEqualTo(CREATED);
            assertThat(ticket.updatedAt()).isEqualTo(CREATED);
            assertThat(ticket.resolvedAt()).isEmpty();
            assertThat(ticket.closedAt()).isEmpty();
            assertThat(ticket.firstRespondedAt()).isEmpty();
            assertThat(ticket.assignedTo()).isEmpty();
        }

        @Test
        void the_category_defaults_to_technical() {
            Ticket ticket = Ticket.open(ID, TEAM, CUSTOMER, "Facture", "Question", null, null, false, CREATED);

            assertThat(ticket.category()).isEqualTo(TicketCategory.TECHNICAL);
            assertThat(ticket.priority()).isEqualTo(TicketPriority.NORMAL);
        }

        @Test
        void the_description_is_the_first_public_message_of_the_customer() {
            Ticket ticket = Tickets.fresh();

            Message first = ticket.descriptionMessage(MessageId.fromOpaque("1"));

            assertThat(first.text()).isEqualTo("Mon application ne démarre pas...");
            assertThat(first.authorType()).isEqualTo(AuthorType.USER);
            assertThat(first.userId()).contains(CUSTOMER);
            assertThat(first.visibleToTeam()).isTrue();
            assertThat(first.createdAt()).isEqualTo(CREATED);
        }

        @Test
        void lengths_count_unicode_code_points() {
            String twoHundredEmoji = "😀".repeat(200);

            Ticket ticket = Ticket.open(ID, TEAM, CUSTOMER, twoHundredEmoji, "x", null, null, false, CREATED);

            assertThat(ticket.subject()).isEqualTo(twoHundredEmoji);
            assertThatExceptionOfType(DomainException.class).isThrownBy(() ->
                    Ticket.open(ID, TEAM, CUSTOMER, twoHundredEmoji + "😀", "x", null, null, false, CREATED));
        }

        @ParameterizedTest(name = "subject of {0} characters, description of {1}")
        @CsvSource({"0, 1, subject", "201, 1, subject", "1, 0, description", "1, 10001, description"})
        void subject_and_description_lengths_are_checked_naming_the_field(int subjectLength, int descriptionLength,
                                                                          String field) {
            assertThatExceptionOfType(DomainException.class)
                    .isThrownBy(() -> Ticket.open(ID, TEAM, CUSTOMER, "s".repeat(subjectLength),
                            "d".repeat(descriptionLength), null, null, false, CREATED))
                    .satisfies(e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_FIELD);
                        assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly(field);
                    });
        }

        @Test
        void every_invalid_field_is_reported_at_once() {
            assertThatExceptionOfType(DomainException.class)
                    .isThrownBy(() -> Ticket.open(ID, TEAM, CUSTOMER, "   ", null, null, null, false, CREATED))
                    .satisfies(e -> assertThat(e.fieldErrors()).extracting(FieldError::field)
                            .containsExactly("subject", "description"));
        }

        @Test
        void the_longest_subject_and_description_are_accepted() {
            Ticket ticket = Ticket.open(ID, TEAM, CUSTOMER, "s".repeat(200), "d".repeat(10_000), null, null, false,
                    CREATED);

            assertThat(ticket.description()).hasSize(10_000);
        }
    }

    @Nested
    class Messages {
        @Test
        void each_kind_of_message_is_recorded_as_who_wrote_it() {
            Ticket ticket = Tickets.fresh();

            Message fromUser = ticket.replyAsUser(MessageId.fromOpaque("u"), CUSTOMER, "Bonjour", T1);
            Message fromStaff = ticket.replyAsStaff(MessageId.fromOpaque("s"), AGENT, "Bonjour !", T2);
            Message note = ticket.addInternalNote(MessageId.fromOpaque("n"), AGENT, "Client VIP", T3);

            assertThat(fromUser.authorType()).isEqualTo(AuthorType.USER);
            assertThat(fromUser.visibleToTeam()).isTrue();
            assertThat(fromStaff.authorType()).isEqualTo(AuthorType.SUPPORT);
            assertThat(fromStaff.visibleToTeam()).isTrue();
            assertThat(note.authorType()).isEqualTo(AuthorType.SUPPORT);
            assertThat(note.internal()).isTrue();
            assertThat(note.visibleToTeam()).isFalse();
            assertThat(note.ticketId()).isEqualTo(ID);
            assertThat(note.createdAt()).isEqualTo(T3);
        }

        @Test
        void only_support_writes_internal_notes() {
            assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new Message(
                    MessageId.fromOpaque("x"), ID, Optional.of(CUSTOMER), AuthorType.USER, "psst", true, T1));
        }

        @Test
        void an_empty_or_too_long_message_is_refused_and_the_status_does_not_move() {
            Ticket ticket = Tickets.storedIn(TicketStatus.RESOLVED);

            assertThatExceptionOfType(DomainException.class)
                    .isThrownBy(() -> ticket.replyAsUser(Tickets.nextMessageId(), CUSTOMER, "", T1))
                    .satisfies(e -> assertThat(e.fieldErrors()).extracting(FieldError::field)
                            .containsExactly("message"));
            assertThatExceptionOfType(DomainException.class)
                    .isThrownBy(() -> ticket.replyAsStaff(Tickets.nextMessageId(), AGENT, "m".repeat(10_001), T1))
                    .satisfies(e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_FIELD));

            assertThat(ticket.status()).isEqualTo(TicketStatus.RESOLVED);
            assertThat(ticket.resolvedAt()).contains(Tickets.LAST_CHANGE);
            assertThat(ticket.firstRespondedAt()).isEmpty();
        }

        @Test
        void a_customer_reply_on_a_closed_ticket_says_to_open_a_new_one() {
            Ticket ticket = Tickets.storedIn(TicketStatus.CLOSED);

            assertThatExceptionOfType(DomainException.class)
                    .isThrownBy(() -> ticket.replyAsUser(Tickets.nextMessageId(), CUSTOMER, "Encore moi", T1))
                    .satisfies(e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TRANSITION))
                    .withMessageContaining("closed")
                    .withMessageContaining("open a new ticket");
        }
    }

    @Nested
    class Timestamps {
        @Test
        void the_first_response_is_the_first_staff_public_reply_only() {
            Ticket ticket = Tickets.fresh();

            ticket.replyAsStaff(Tickets.nextMessageId(), AGENT, "Premier", T1);
            ticket.replyAsUser(Tickets.nextMessageId(), CUSTOMER, "Merci", T2);
            ticket.replyAsStaff(Tickets.nextMessageId(), AGENT, "Second", T3);

            assertThat(ticket.firstRespondedAt()).contains(T1);
            assertThat(ticket.updatedAt()).isEqualTo(T3);
        }

        @Test
        void a_resolved_ticket_that_is_closed_keeps_its_resolution_time() {
            Ticket ticket = Tickets.fresh();
            ticket.resolve(T1);

            ticket.close(T2);

            assertThat(ticket.resolvedAt()).contains(T1);
            assertThat(ticket.closedAt()).contains(T2);
        }

        @Test
        void a_ticket_closed_without_being_resolved_has_no_resolution_time() {
            Ticket ticket = Tickets.fresh();

            ticket.close(T1);

            assertThat(ticket.resolvedAt()).isEmpty();
            assertThat(ticket.closedAt()).contains(T1);
        }

        @Test
        void resolving_again_after_a_reopen_records_the_new_resolution_time() {
            Ticket ticket = Tickets.fresh();
            ticket.resolve(T1);
            ticket.replyAsUser(Tickets.nextMessageId(), CUSTOMER, "Pas réglé", T2);
            assertThat(ticket.resolvedAt()).isEmpty();

            ticket.resolve(T3);

            assertThat(ticket.resolvedAt()).contains(T3);
        }
    }

    @Nested
    class StaffChanges {
        @Test
        void a_ticket_is_assigned_to_a_staff_address_and_unassigned_with_null() {
            Ticket ticket = Tickets.fresh();

            ticket.assignTo("support@servelink.com", T1);
            assertThat(ticket.assignedTo()).contains("support@servelink.com");
            assertThat(ticket.updatedAt()).isEqualTo(T1);

            ticket.assignTo(null, T2);
            assertThat(ticket.assignedTo()).isEmpty();
        }

        @Test
        void an_assignee_that_is_not_an_e_mail_address_is_refused_naming_the_field() {
            Ticket ticket = Tickets.fresh();

            assertThatExceptionOfType(DomainException.class).isThrownBy(() -> ticket.assignTo("bob", T1))
                    .satisfies(e -> assertThat(e.fieldErrors()).extracting(FieldError::field)
                            .containsExactly("assignedTo"));
            assertThat(ticket.assignedTo()).isEmpty();
        }

        @Test
        void a_closed_ticket_changes_neither_priority_nor_assignee() {
            Ticket ticket = Tickets.storedIn(TicketStatus.CLOSED);

            assertThatExceptionOfType(DomainException.class)
                    .isThrownBy(() -> ticket.changePriority(TicketPriority.URGENT, T1))
                    .satisfies(e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TRANSITION))
                    .withMessageContaining("closed");
            assertThatExceptionOfType(DomainException.class)
                    .isThrownBy(() -> ticket.assignTo("support@servelink.com", T1))
                    .satisfies(e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TRANSITION));

            assertThat(ticket.priority()).isEqualTo(TicketPriority.HIGH);
            assertThat(ticket.assignedTo()).isEmpty();
            assertThat(ticket.updatedAt()).isEqualTo(Tickets.LAST_CHANGE);
        }

        @Test
        void a_resolved_ticket_may_still_be_reprioritised() {
            Ticket ticket = Tickets.storedIn(TicketStatus.RESOLVED);

            ticket.changePriority(TicketPriority.LOW, T1);

            assertThat(ticket.priority()).isEqualTo(TicketPriority.LOW);
            assertThat(ticket.status()).isEqualTo(TicketStatus.RESOLVED);
        }
    }

    @Test
    void wire_names_are_lower_case_and_unknown_ones_are_refused_naming_the_field() {
        assertThat(TicketStatus.fromCode("in_progress", "status")).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(TicketCategory.fromCode("feature_request", "category")).isEqualTo(TicketCategory.FEATURE_REQUEST);
        assertThat(TicketPriority.URGENT.code()).isEqualTo("urgent");
        assertThat(AuthorType.fromCode("support", "author_type")).isEqualTo(AuthorType.SUPPORT);
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> TicketPriority.fromCode("critical", "priority"))
                .satisfies(e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("priority"))
                .withMessageContaining("low, normal, high, urgent");
    }
}
