package com.servelink.archfixture.bad.domainleak.domain;

import java.math.BigDecimal;

/** Bystander: JDK only. */
public record Invoice(BigDecimal amount) {
}
