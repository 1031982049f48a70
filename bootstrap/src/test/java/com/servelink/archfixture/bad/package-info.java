/**
 * One sub-package per architecture rule, each a small hexagon under its own root with exactly the
 * violations that rule must report (and, where useful, a well-behaved bystander it must not report).
 */
package com.servelink.archfixture.bad;
