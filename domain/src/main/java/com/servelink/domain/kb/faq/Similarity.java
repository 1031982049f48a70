package com.servelink.domain.kb.faq;

/** How alike two documents of a collection are, by index: 0 (nothing shared) to 1 (the same). */
@FunctionalInterface
public interface Similarity {
    double between(int a, int b);
}
