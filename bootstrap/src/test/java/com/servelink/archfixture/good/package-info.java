/** A minimal hexagon that obeys every architecture rule: the rules must pass on it. */
package com.servelink.archfixture.good;
