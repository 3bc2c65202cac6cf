/**
 * JMH benchmarks of dppkit against named peers, run by hand, never in CI.
 */
package org.dppkit.bench;
