package com.servelink.application.port.in.billing;

/**
 * The hourly job: pending payments older than the configured time are asked from the provider
 * and settled; completed ones activate their add-on, failed or abandoned ones expire and cancel it.
 */
public interface ReconcilePaymentsUseCase {
    /** Returns how many payments were settled by this run. */
    int reconcile();
}
