/**
 * Benchmarks: JMH benchmarks of the interpreter's hot paths, and load drivers ({@link
 * io.stepwell.bench.StandardLoad}, {@link io.stepwell.bench.WaitingMemory}) for durable executions
 * on real stores.
 */
package io.stepwell.bench;
