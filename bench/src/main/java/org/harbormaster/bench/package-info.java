/**
 * JMH micro-benchmarks of the domain's hot paths, and the trade-like fixtures they run on. Built into
 * {@code bench/target/benchmarks.jar}; never run by the build (see {@code bench/README.md}).
 */
package org.harbormaster.bench;
