package com.servelink.domain.shared;

/**
 * Why a request was refused. Driving adapters map each code to their protocol's error
 * (an HTTP status, a log line) in exactly one place.
 */
public enum ErrorCode {
    /** One or more fields of a request are invalid; the exception lists them. */
    INVALID_FIELD,
    /** The thing asked for does not exist, or the caller may not know it exists. */
    NOT_FOUND,
    /** The caller is known but its role does not allow the action. */
    FORBIDDEN,
    /** The team's plan does not include the feature (add-ons, for instance). */
    PLAN_REQUIRED,
    /** The aggregate's current state does not allow the action. */
    INVALID_TRANSITION,
    /** Something with the same identity already exists, or a concurrent change won. */
    CONFLICT,
    /** The team's plan allows no more projects or members, or a new plan would be below what it has. */
    PLAN_LIMIT_REACHED,
    /** A provider reported an amount or currency other than the stored payment's. */
    AMOUNT_MISMATCH,
    /** An outside system the use case needs (payment provider) failed or refused. */
    PROVIDER_UNAVAILABLE
}
