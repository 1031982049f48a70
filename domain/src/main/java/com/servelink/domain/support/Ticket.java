package com.servelink.domain.support;

import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.FieldChecks;
import com.servelink.domain.team.TeamId;
import com.servelink.domain.team.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A support request of a team. Every change of status passes through {@link TicketStatus}'s
 * table, so the status always follows who writes; the ticket also keeps the timestamps support
 * is measured by (first response, resolution, closing).
 */
public final class Ticket {
    public static final int SUBJECT_MAX = 200;
    public static final int DESCRIPTION_MAX = 10_000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final TicketId id;
    private final TeamId teamId;
    private final UserId userId;
    private final String subject;
    private final String description;
    private final TicketCategory category;
    private final Instant createdAt;
    private final long version;
    private TicketPriority priority;
    private TicketStatus status;
    private String assignedTo;
    private Instant updatedAt;
    private Instant resolvedAt;
    private Instant closedAt;
    private Instant firstRespondedAt;
    private SlaClock sla;

    private Ticket(TicketId id, TeamId teamId, UserId userId, String subject, String description,
                   TicketCategory category, TicketPriority priority, TicketStatus status, String assignedTo,
                   Instant createdAt, Instant updatedAt, Instant resolvedAt, Instant closedAt,
                   Instant firstRespondedAt, SlaClock sla, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.teamId = Objects.requireNonNull(teamId, "teamId");
        this.userId = Objects.requireNonNull(userId, "userId");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.description = Objects.requireNonNull(description, "description");
        this.category = Objects.requireNonNull(category, "category");
        this.priority = Objects.requireNonNull(priority, "priority");
        this.status = Objects.requireNonNull(status, "status");
        this.assignedTo = assignedTo;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.resolvedAt = resolvedAt;
        this.closedAt = closedAt;
        this.firstRespondedAt = firstRespondedAt;
        this.sla = Objects.requireNonNull(sla, "sla");
        this.version = version;
    }

    /**
     * A new ticket, {@code open}, at the priority the {@link PriorityPolicy} grants, its SLA clock
     * running under {@code sla}. The description is also the ticket's first message: see
     * {@link #descriptionMessage}.
     */
    public static Ticket open(TicketId id, TeamId teamId, UserId userId, String subject, String description,
                              TicketCategory category, TicketPriority requestedPriority, boolean prioritySupport,
                              SlaPolicy sla, Instant now) {
        new FieldChecks()
                .text(subject, "subject", 1, SUBJECT_MAX)
                .text(description, "description", 1, DESCRIPTION_MAX)
                .throwIfAny();
        TicketPriority priority = PriorityPolicy.effective(requestedPriority, prioritySupport);
        return new Ticket(id, teamId, userId, subject, description,
                category == null ? TicketCategory.DEFAULT : category,
                priority, TicketStatus.OPEN, null,
                now, now, null, null, null, SlaClock.started(now, priority, sla), 0);
    }

    /** {@link #open(TicketId, TeamId, UserId, String, String, TicketCategory, TicketPriority, boolean, SlaPolicy, Instant)} under {@link SlaPolicy#DEFAULT}. */
    public static Ticket open(TicketId id, TeamId teamId, UserId userId, String subject, String description,
                              TicketCategory category, TicketPriority requestedPriority, boolean prioritySupport,
                              Instant now) {
        return open(id, teamId, userId, subject, description, category, requestedPriority, prioritySupport,
                SlaPolicy.DEFAULT, now);
    }

    /** For the persistence mapper only. */
    public static Ticket reconstitute(TicketId id, TeamId teamId, UserId userId, String subject, String description,
                                      TicketCategory category, TicketPriority priority, TicketStatus status,
                                      String assignedTo, Instant createdAt, Instant updatedAt, Instant resolvedAt,
                                      Instant closedAt, Instant firstRespondedAt, SlaClock sla, long version) {
        return new Ticket(id, teamId, userId, subject, description, category, priority, status, assignedTo,
                createdAt, updatedAt, resolvedAt, closedAt, firstRespondedAt, sla, version);
    }

    /** A stored ticket with the clock {@link SlaClock#assumed} for its status under the default policy (tests). */
    public static Ticket reconstitute(TicketId id, TeamId teamId, UserId userId, String subject, String description,
                                      TicketCategory category, TicketPriority priority, TicketStatus status,
                                      String assignedTo, Instant createdAt, Instant updatedAt, Instant resolvedAt,
                                      Instant closedAt, Instant firstRespondedAt, long version) {
        return reconstitute(id, teamId, userId, subject, description, category, priority, status, assignedTo,
                createdAt, updatedAt, resolvedAt, closedAt, firstRespondedAt,
                SlaClock.assumed(status, createdAt, updatedAt, firstRespondedAt, priority, SlaPolicy.DEFAULT), version);
    }

    /** The description as the ticket's first message (seed §7 step 4). */
    public Message descriptionMessage(MessageId messageId) {
        return new Message(messageId, id, Optional.of(userId), AuthorType.USER, description, false, createdAt);
    }

    /** A member of the team writes: the ball goes to support, which owes a next response from now. */
    public Message replyAsUser(MessageId messageId, UserId author, String text, SlaPolicy policy, Instant now) {
        Message message = new Message(messageId, id, Optional.of(author), AuthorType.USER, text, false, now);
        apply(TicketEvent.USER_REPLY, policy, now);
        return message;
    }

    /** {@link #replyAsUser(MessageId, UserId, String, SlaPolicy, Instant)} under {@link SlaPolicy#DEFAULT}. */
    public Message replyAsUser(MessageId messageId, UserId author, String text, Instant now) {
        return replyAsUser(messageId, author, text, SlaPolicy.DEFAULT, now);
    }

    /**
     * Support writes to the team: the ball goes to the team, the owed response is met (the first
     * one is recorded) and the clock pauses.
     */
    public Message replyAsStaff(MessageId messageId, UserId author, String text, SlaPolicy policy, Instant now) {
        Message message = new Message(messageId, id, Optional.of(author), AuthorType.SUPPORT, text, false, now);
        apply(TicketEvent.STAFF_PUBLIC_REPLY, policy, now);
        if (firstRespondedAt == null) {
            firstRespondedAt = now;
        }
        return message;
    }

    /** {@link #replyAsStaff(MessageId, UserId, String, SlaPolicy, Instant)} under {@link SlaPolicy#DEFAULT}. */
    public Message replyAsStaff(MessageId messageId, UserId author, String text, Instant now) {
        return replyAsStaff(messageId, author, text, SlaPolicy.DEFAULT, now);
    }

    /** Support writes a note only staff will see; the status and the clock do not move. */
    public Message addInternalNote(MessageId messageId, UserId author, String text, Instant now) {
        Message message = new Message(messageId, id, Optional.of(author), AuthorType.SUPPORT, text, true, now);
        apply(TicketEvent.INTERNAL_NOTE, SlaPolicy.DEFAULT, now);
        return message;
    }

    /**
     * Posts a message of the platform itself (public, no author), such as the note of an
     * automatic closing; the status does not move.
     */
    public Message systemMessage(MessageId messageId, String text, Instant now) {
        if (status == TicketStatus.CLOSED) {
            throw refused("ticket " + id + " is closed: no message can be added");
        }
        updatedAt = now;
        return new Message(messageId, id, Optional.empty(), AuthorType.SYSTEM, text, false, now);
    }

    public void resolve(SlaPolicy policy, Instant now) {
        apply(TicketEvent.RESOLVE, policy, now);
    }

    public void resolve(Instant now) {
        resolve(SlaPolicy.DEFAULT, now);
    }

    public void close(SlaPolicy policy, Instant now) {
        apply(TicketEvent.CLOSE, policy, now);
    }

    public void close(Instant now) {
        close(SlaPolicy.DEFAULT, now);
    }

    /**
     * Moves the ticket to {@code target} as a status change asked for explicitly (not by a
     * message). Members may only resolve or close; that is checked by the caller's use case.
     */
    public void moveTo(TicketStatus target, SlaPolicy policy, Instant now) {
        apply(switch (target) {
            case OPEN -> TicketEvent.STAFF_SETS_OPEN;
            case IN_PROGRESS -> TicketEvent.STAFF_SETS_IN_PROGRESS;
            case WAITING -> TicketEvent.STAFF_SETS_WAITING;
            case RESOLVED -> TicketEvent.RESOLVE;
            case CLOSED -> TicketEvent.CLOSE;
        }, policy, now);
    }

    public void moveTo(TicketStatus target, Instant now) {
        moveTo(target, SlaPolicy.DEFAULT, now);
    }

    /** Staff may set any priority; the SLA's due times are recomputed from the same starts. */
    public void changePriority(TicketPriority newPriority, SlaPolicy policy, Instant now) {
        requireNotClosed("change the priority of");
        priority = Objects.requireNonNull(newPriority, "newPriority");
        sla = sla.retargeted(now, createdAt, priority, policy);
        updatedAt = now;
    }

    public void changePriority(TicketPriority newPriority, Instant now) {
        changePriority(newPriority, SlaPolicy.DEFAULT, now);
    }

    /**
     * The SLA check at {@code now}: raises each warning and breach not raised yet for its target's
     * current occurrence, records the breaches, and returns the events to publish.
     */
    public List<SupportEvent> checkSla(SlaPolicy policy, Instant now) {
        if (!status.isOpen()) {
            return List.of();
        }
        SlaClock.Check check = sla.check(now, priority, policy);
        sla = check.clock();
        return check.raised().stream().<SupportEvent>map(raised -> raised.breach()
                ? new SupportEvent.SlaBreached(id, teamId, raised.target(), raised.dueAt(), now)
                : new SupportEvent.SlaWarning(id, teamId, raised.target(), raised.dueAt(), now)).toList();
    }

    /** Assigns the ticket to a staff e-mail, or unassigns it with {@code null}. */
    public void assignTo(String staffEmail, Instant now) {
        requireNotClosed("assign");
        if (staffEmail != null && (FieldChecks.codePoints(staffEmail) > 254 || !EMAIL.matcher(staffEmail).matches())) {
            throw DomainException.invalidField("assignedTo", "must be a staff e-mail address or null");
        }
        assignedTo = staffEmail;
        updatedAt = now;
    }

    private void requireNotClosed(String action) {
        if (status == TicketStatus.CLOSED) {
            throw refused("cannot " + action + " a closed ticket");
        }
    }

    /** The one place a status changes: the table decides, then the timestamps and the SLA clock follow. */
    private void apply(TicketEvent event, SlaPolicy policy, Instant now) {
        TicketStatus from = status;
        TicketStatus to = from.after(event).orElseThrow(() -> refused(refusal(event, from)));
        status = to;
        updatedAt = now;
        if (event == TicketEvent.USER_REPLY) {
            sla = sla.customerReplied(now, priority, policy);
        } else if (event == TicketEvent.STAFF_PUBLIC_REPLY) {
            sla = sla.responded(now, priority, policy);
        }
        if (from != to) {
            sla = sla.moved(from, to, now, priority, policy);
        }
        if (to == TicketStatus.RESOLVED && from != TicketStatus.RESOLVED) {
            resolvedAt = now;
        }
        if (from == TicketStatus.RESOLVED && to.isOpen()) {
            resolvedAt = null;
        }
        if (to == TicketStatus.CLOSED) {
            closedAt = now;
        }
    }

    private String refusal(TicketEvent event, TicketStatus from) {
        if (from == TicketStatus.CLOSED && event == TicketEvent.USER_REPLY) {
            return "ticket " + id + " is closed: open a new ticket";
        }
        return "ticket " + id + " is " + from.code() + ": " + event.name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' ') + " is not allowed";
    }

    private DomainException refused(String message) {
        return new DomainException(ErrorCode.INVALID_TRANSITION, message);
    }

    /**
     * When support must first have answered: creation plus the priority's first-response target
     * in business time (later when the clock paused before the first answer).
     */
    public Instant firstResponseDueAt() {
        return sla.firstResponseDueAt();
    }

    public SlaClock sla() {
        return sla;
    }

    /** When the response support owes is due; empty when none is owed or the clock is paused or stopped. */
    public Optional<Instant> nextResponseDueAt() {
        return Optional.ofNullable(sla.nextResponseDueAt());
    }

    /** When the ticket must be resolved; empty while the clock is paused or stopped. */
    public Optional<Instant> resolutionDueAt() {
        return Optional.ofNullable(sla.resolutionDueAt());
    }

    /** The targets breached on this ticket, recorded or just past due. */
    public Set<SlaTarget> slaBreached(Instant now) {
        return sla.breachedAt(now);
    }

    /** How the ticket stands against its running targets; always ok once resolved or closed. */
    public SlaStatus slaStatus(SlaPolicy policy, Instant now) {
        return status.isOpen() ? sla.statusAt(now, priority, policy) : SlaStatus.OK;
    }

    /**
     * Overdue while the ticket still needs support, support has not answered publicly, and the
     * due time has passed. A ticket the team resolved or closed on its own is no longer overdue.
     */
    public boolean isFirstResponseOverdue(Instant now) {
        return status.isOpen() && firstRespondedAt == null && now.isAfter(firstResponseDueAt());
    }

    public TicketId id() {
        return id;
    }

    public TeamId teamId() {
        return teamId;
    }

    public UserId userId() {
        return userId;
    }

    public String subject() {
        return subject;
    }

    public String description() {
        return description;
    }

    public TicketCategory category() {
        return category;
    }

    public TicketPriority priority() {
        return priority;
    }

    public TicketStatus status() {
        return status;
    }

    public Optional<String> assignedTo() {
        return Optional.ofNullable(assignedTo);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Optional<Instant> resolvedAt() {
        return Optional.ofNullable(resolvedAt);
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public Optional<Instant> firstRespondedAt() {
        return Optional.ofNullable(firstRespondedAt);
    }

    public long version() {
        return version;
    }
}
