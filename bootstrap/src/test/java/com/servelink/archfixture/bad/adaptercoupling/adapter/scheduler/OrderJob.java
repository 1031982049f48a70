package com.servelink.archfixture.bad.adaptercoupling.adapter.scheduler;

/** Bystander: an adapter that keeps to itself. */
public final class OrderJob {
    public void run() {
    }
}
