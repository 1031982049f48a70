package com.servelink.domain.support;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A ticket's SLA clock: which response support owes and since when, how much business time the
 * owed response and the resolution have consumed before the current running segment, since when
 * the clock runs (absent while paused or stopped), the due and warn instants derived from those,
 * and what was breached or already raised. Immutable: every change returns a new clock.
 *
 * <p>The clock runs while the ball is in support's court ({@code open}, {@code waiting}), pauses
 * in {@code in_progress} and stops in {@code resolved}/{@code closed}. A reopened ticket's
 * resolution goes on from what it had consumed.
 *
 * @param response           the response support owes ({@code FIRST_RESPONSE} or {@code NEXT_RESPONSE}), or null
 * @param responseStartedAt  when the owed response's wait began (creation or the customer's reply), or null
 * @param responseConsumed   business time the owed response consumed before {@code runningSince}
 * @param resolutionConsumed business time the resolution consumed before {@code runningSince}
 * @param runningSince       start of the running segment, null while paused or stopped
 * @param warned             targets whose 75 % warning was raised for their current occurrence
 * @param breachRaised       targets whose breach was raised for their current occurrence
 * @param breached           every target ever breached on this ticket (stays recorded)
 */
public record SlaClock(SlaTarget response, Instant responseStartedAt, Duration responseConsumed,
                       Duration resolutionConsumed, Instant runningSince, Instant firstResponseDueAt,
                       Instant nextResponseDueAt, Instant nextResponseWarnAt, Instant resolutionDueAt,
                       Instant resolutionWarnAt, Set<SlaTarget> warned, Set<SlaTarget> breachRaised,
                       Set<SlaTarget> breached) {

    /** A warning or breach the clock raised at a check, with the due instant it was about. */
    public record Raised(SlaTarget target, boolean breach, Instant dueAt) {
    }

    /** The clock after a check and what that check raised (each at most once per occurrence). */
    public record Check(SlaClock clock, List<Raised> raised) {
        public Check {
            raised = List.copyOf(raised);
        }
    }

    public SlaClock {
        if (response == SlaTarget.RESOLUTION) {
            throw new IllegalArgumentException("the owed response cannot be the resolution");
        }
        if ((response == null) != (responseStartedAt == null)) {
            throw new IllegalArgumentException("an owed response needs its start, and only then");
        }
        Objects.requireNonNull(responseConsumed, "responseConsumed");
        Objects.requireNonNull(resolutionConsumed, "resolutionConsumed");
        Objects.requireNonNull(firstResponseDueAt, "firstResponseDueAt");
        warned = copy(warned);
        breachRaised = copy(breachRaised);
        breached = copy(breached);
    }

    private static Set<SlaTarget> copy(Collection<SlaTarget> targets) {
        return targets == null || targets.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(targets));
    }

    /** A new ticket's clock: the first response and the resolution start running at creation. */
    public static SlaClock started(Instant createdAt, TicketPriority priority, SlaPolicy policy) {
        Instant nominal = policy.calendar().plus(createdAt, policy.target(SlaTarget.FIRST_RESPONSE, priority));
        return new SlaClock(SlaTarget.FIRST_RESPONSE, createdAt, Duration.ZERO, Duration.ZERO, createdAt, nominal,
                null, null, null, null, Set.of(), Set.of(), Set.of()).derived(priority, policy);
    }

    /**
     * The clock a stored ticket of an earlier version is assumed to have: running since its last
     * change when the ball is in support's court, owing the first response while none was given.
     */
    public static SlaClock assumed(TicketStatus status, Instant createdAt, Instant lastChange,
                                   Instant firstRespondedAt, TicketPriority priority, SlaPolicy policy) {
        Instant nominal = policy.calendar().plus(createdAt, policy.target(SlaTarget.FIRST_RESPONSE, priority));
        boolean running = status == TicketStatus.OPEN || status == TicketStatus.WAITING;
        SlaTarget owed = !status.isOpen() ? null
                : firstRespondedAt == null ? SlaTarget.FIRST_RESPONSE
                : status == TicketStatus.WAITING ? SlaTarget.NEXT_RESPONSE : null;
        Instant owedSince = owed == SlaTarget.FIRST_RESPONSE ? createdAt : owed == null ? null : lastChange;
        Instant since = owed == SlaTarget.FIRST_RESPONSE ? createdAt : lastChange;
        return new SlaClock(owed, owedSince, Duration.ZERO, Duration.ZERO, running ? since : null, nominal,
                null, null, null, null, Set.of(), Set.of(), Set.of()).derived(priority, policy);
    }

    public boolean isRunning() {
        return runningSince != null;
    }

    public Optional<SlaTarget> owedResponse() {
        return Optional.ofNullable(response);
    }

    /** The customer wrote: a next response is owed from now, unless one is already owed. */
    SlaClock customerReplied(Instant now, TicketPriority priority, SlaPolicy policy) {
        if (response != null) {
            return this;
        }
        return new SlaClock(SlaTarget.NEXT_RESPONSE, now, Duration.ZERO, resolutionConsumed, runningSince,
                firstResponseDueAt, null, null, resolutionDueAt, resolutionWarnAt,
                without(warned, SlaTarget.NEXT_RESPONSE), without(breachRaised, SlaTarget.NEXT_RESPONSE), breached)
                .derived(priority, policy);
    }

    /** Support answered publicly: the owed response is met (a late one is recorded as breached). */
    SlaClock responded(Instant now, TicketPriority priority, SlaPolicy policy) {
        if (response == null) {
            return this;
        }
        Set<SlaTarget> late = consumedBy(response, now, policy).compareTo(policy.target(response, priority)) > 0
                ? with(breached, response) : breached;
        return new SlaClock(null, null, Duration.ZERO, resolutionConsumed, runningSince, firstResponseDueAt,
                null, null, resolutionDueAt, resolutionWarnAt, without(warned, response),
                without(breachRaised, response), late).derived(priority, policy);
    }

    /**
     * The status moved: the clock runs in {@code open}/{@code waiting}, pauses in
     * {@code in_progress}, stops in {@code resolved}/{@code closed} (no response is owed any more,
     * and a late resolution is recorded as breached).
     */
    SlaClock moved(TicketStatus from, TicketStatus to, Instant now, TicketPriority priority, SlaPolicy policy) {
        boolean runs = to == TicketStatus.OPEN || to == TicketStatus.WAITING;
        SlaClock clock = this;
        if (isRunning() && !runs) {
            clock = clock.paused(now, priority, policy);
        } else if (!isRunning() && runs) {
            clock = clock.resumed(now);
        }
        if (!to.isOpen() && from.isOpen()) {
            Set<SlaTarget> breaches = clock.resolutionConsumed.compareTo(
                    policy.target(SlaTarget.RESOLUTION, priority)) > 0
                    ? with(clock.breached, SlaTarget.RESOLUTION) : clock.breached;
            clock = new SlaClock(null, null, Duration.ZERO, clock.resolutionConsumed, null, clock.firstResponseDueAt,
                    null, null, null, null, clock.warned, clock.breachRaised, breaches);
        }
        return clock.derived(priority, policy);
    }

    /**
     * The priority changed: due instants recomputed from the same starts with the new targets;
     * the first-response due time follows the new priority from creation (as before issue 14),
     * and from the pauses too while that response is owed and running.
     */
    SlaClock retargeted(Instant now, Instant createdAt, TicketPriority priority, SlaPolicy policy) {
        Instant nominal = policy.calendar().plus(createdAt, policy.target(SlaTarget.FIRST_RESPONSE, priority));
        SlaClock clock = new SlaClock(response, responseStartedAt, responseConsumed, resolutionConsumed, runningSince,
                nominal, null, null, null, null, warned, breachRaised, breached);
        return clock.settled(now, priority, policy).derived(priority, policy);
    }

    /**
     * Raises, once per occurrence, the warning of each running target past 75 % and the breach
     * of each past its due instant; a breach raised records the target as breached.
     */
    public Check check(Instant now, TicketPriority priority, SlaPolicy policy) {
        SlaClock clock = derived(priority, policy);
        if (!clock.isRunning()) {
            return new Check(clock, List.of());
        }
        List<Raised> raised = new ArrayList<>();
        Set<SlaTarget> warnedNow = EnumSet.noneOf(SlaTarget.class);
        warnedNow.addAll(clock.warned);
        Set<SlaTarget> raisedNow = EnumSet.noneOf(SlaTarget.class);
        raisedNow.addAll(clock.breachRaised);
        Set<SlaTarget> breachedNow = EnumSet.noneOf(SlaTarget.class);
        breachedNow.addAll(clock.breached);
        for (SlaTarget target : clock.runningTargets()) {
            Instant due = clock.dueOf(target);
            Instant warn = clock.warnOf(target);
            if (now.isAfter(due)) {
                if (raisedNow.add(target)) {
                    raised.add(new Raised(target, true, due));
                    warnedNow.add(target);
                    breachedNow.add(target);
                }
            } else if (!warn.isAfter(now) && warnedNow.add(target)) {
                raised.add(new Raised(target, false, due));
            }
        }
        SlaClock checked = new SlaClock(clock.response, clock.responseStartedAt, clock.responseConsumed,
                clock.resolutionConsumed, clock.runningSince, clock.firstResponseDueAt, clock.nextResponseDueAt,
                clock.nextResponseWarnAt, clock.resolutionDueAt, clock.resolutionWarnAt, warnedNow, raisedNow,
                breachedNow);
        return new Check(checked, raised);
    }

    /** The targets breached so far, those recorded and those whose running due instant has passed. */
    public Set<SlaTarget> breachedAt(Instant now) {
        Set<SlaTarget> all = EnumSet.noneOf(SlaTarget.class);
        all.addAll(breached);
        for (SlaTarget target : runningTargets()) {
            if (now.isAfter(dueOf(target))) {
                all.add(target);
            }
        }
        return all;
    }

    /**
     * For a ticket still open: breached once the owed response or the resolution is past its
     * target, warning past 75 % of one, otherwise ok (paused clocks are judged on what they consumed).
     */
    public SlaStatus statusAt(Instant now, TicketPriority priority, SlaPolicy policy) {
        SlaStatus worst = SlaStatus.OK;
        for (SlaTarget target : currentTargets()) {
            Duration consumed = consumedBy(target, now, policy);
            Duration allowed = policy.target(target, priority);
            SlaStatus status = consumed.compareTo(allowed) > 0 ? SlaStatus.BREACHED
                    : consumed.compareTo(SlaPolicy.warnShare(allowed)) >= 0 ? SlaStatus.WARNING : SlaStatus.OK;
            if (status.compareTo(worst) > 0) {
                worst = status;
            }
        }
        return worst;
    }

    /** The earliest running due instant (the queue's order within a priority), if the clock runs. */
    public Optional<Instant> earliestDueAt() {
        return Stream.of(nextResponseDueAt, resolutionDueAt).filter(Objects::nonNull).min(Instant::compareTo);
    }

    /** When the check should next look at this ticket: its earliest warning or breach not yet raised. */
    public Optional<Instant> nextCheckAt() {
        List<Instant> pending = new ArrayList<>();
        for (SlaTarget target : runningTargets()) {
            if (!breachRaised.contains(target)) {
                // a breach is after the due instant: checked one tick (1 µs) later
                pending.add(warned.contains(target) ? dueOf(target).plusNanos(1000) : warnOf(target));
            }
        }
        return pending.stream().min(Instant::compareTo);
    }

    /** Business time {@code target} has consumed by {@code now}. */
    Duration consumedBy(SlaTarget target, Instant now, SlaPolicy policy) {
        Duration before = target == SlaTarget.RESOLUTION ? resolutionConsumed : responseConsumed;
        return isRunning() ? before.plus(policy.calendar().between(runningSince, now)) : before;
    }

    private List<SlaTarget> currentTargets() {
        List<SlaTarget> targets = new ArrayList<>();
        if (response != null) {
            targets.add(response);
        }
        targets.add(SlaTarget.RESOLUTION);
        return targets;
    }

    private List<SlaTarget> runningTargets() {
        List<SlaTarget> targets = new ArrayList<>();
        if (nextResponseDueAt != null) {
            targets.add(response);
        }
        if (resolutionDueAt != null) {
            targets.add(SlaTarget.RESOLUTION);
        }
        return targets;
    }

    private Instant dueOf(SlaTarget target) {
        return target == SlaTarget.RESOLUTION ? resolutionDueAt : nextResponseDueAt;
    }

    private Instant warnOf(SlaTarget target) {
        return target == SlaTarget.RESOLUTION ? resolutionWarnAt : nextResponseWarnAt;
    }

    private SlaClock paused(Instant now, TicketPriority priority, SlaPolicy policy) {
        Duration elapsed = policy.calendar().between(runningSince, now);
        SlaClock clock = new SlaClock(response, responseStartedAt,
                response == null ? Duration.ZERO : responseConsumed.plus(elapsed), resolutionConsumed.plus(elapsed),
                null, firstResponseDueAt, null, null, null, null, warned, breachRaised, breached);
        return clock.settled(now, priority, policy);
    }

    private SlaClock resumed(Instant now) {
        return new SlaClock(response, responseStartedAt, responseConsumed, resolutionConsumed, now,
                firstResponseDueAt, null, null, null, null, warned, breachRaised, breached);
    }

    /** While paused, a target whose consumed time already exceeds it is recorded as breached. */
    private SlaClock settled(Instant now, TicketPriority priority, SlaPolicy policy) {
        if (isRunning()) {
            return this;
        }
        Set<SlaTarget> breaches = EnumSet.noneOf(SlaTarget.class);
        breaches.addAll(breached);
        if (response != null && responseConsumed.compareTo(policy.target(response, priority)) > 0) {
            breaches.add(response);
        }
        if (resolutionConsumed.compareTo(policy.target(SlaTarget.RESOLUTION, priority)) > 0) {
            breaches.add(SlaTarget.RESOLUTION);
        }
        return new SlaClock(response, responseStartedAt, responseConsumed, resolutionConsumed, runningSince,
                firstResponseDueAt, nextResponseDueAt, nextResponseWarnAt, resolutionDueAt, resolutionWarnAt,
                warned, breachRaised, breaches);
    }

    /** Due and warn instants from the starts, the consumed times and the targets; none while not running. */
    SlaClock derived(TicketPriority priority, SlaPolicy policy) {
        if (!isRunning()) {
            return new SlaClock(response, responseStartedAt, responseConsumed, resolutionConsumed, null,
                    firstResponseDueAt, null, null, null, null, warned, breachRaised, breached);
        }
        BusinessHours calendar = policy.calendar();
        Instant responseDue = null;
        Instant responseWarn = null;
        Instant firstDue = firstResponseDueAt;
        if (response != null) {
            Duration target = policy.target(response, priority);
            responseDue = calendar.plus(runningSince, remaining(target, responseConsumed));
            responseWarn = calendar.plus(runningSince, remaining(SlaPolicy.warnShare(target), responseConsumed));
            if (response == SlaTarget.FIRST_RESPONSE) {
                firstDue = responseDue;
            }
        }
        Duration resolution = policy.target(SlaTarget.RESOLUTION, priority);
        Instant resolutionDue = calendar.plus(runningSince, remaining(resolution, resolutionConsumed));
        Instant resolutionWarn = calendar.plus(runningSince,
                remaining(SlaPolicy.warnShare(resolution), resolutionConsumed));
        return new SlaClock(response, responseStartedAt, responseConsumed, resolutionConsumed, runningSince, firstDue,
                responseDue, responseWarn, resolutionDue, resolutionWarn, warned, breachRaised, breached);
    }

    private static Duration remaining(Duration target, Duration consumed) {
        Duration left = target.minus(consumed);
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static Set<SlaTarget> with(Set<SlaTarget> targets, SlaTarget target) {
        Set<SlaTarget> copy = EnumSet.of(target);
        copy.addAll(targets);
        return copy;
    }

    private static Set<SlaTarget> without(Set<SlaTarget> targets, SlaTarget target) {
        Set<SlaTarget> copy = EnumSet.noneOf(SlaTarget.class);
        copy.addAll(targets);
        copy.remove(target);
        return copy;
    }
}
