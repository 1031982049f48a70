package org.hibernate.archfixture;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Architecture-test stand-in for a framework annotation; the real library is not on bootstrap's test classpath. */
@Retention(RetentionPolicy.RUNTIME)
public @interface Type {
}
