package com.servelink.archfixture.bad.annotateddomain.domain;

import jakarta.archfixture.Entity;

/** Violation: a class-level annotation from jakarta... */
@Entity
public final class MappedWidget {
}
