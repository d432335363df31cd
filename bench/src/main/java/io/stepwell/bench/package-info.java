/** JMH benchmarks of the interpreter's hot paths. */
package io.stepwell.bench;
