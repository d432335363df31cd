package io.stepwell.server.metrics;

import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * A Prometheus histogram: counts per bucket, kept per bucket (not cumulative) so that an
 * observation touches one {@link LongAdder}; the exposition adds them up. No locks: concurrent
 * observations on different threads do not contend.
 */
final class Histogram {
  private final double[] bounds;
  private final LongAdder[] counts;
  private final DoubleAdder sum = new DoubleAdder();

  Histogram(double[] bounds) {
    this.bounds = bounds.clone();
    this.counts = new LongAdder[bounds.length + 1];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = new LongAdder();
    }
  }

  /** Records one observation of {@code nanos} nanoseconds, in seconds. */
  void observeNanos(long nanos) {
    double seconds = nanos / 1e9;
    int i = 0;
    while (i < bounds.length && seconds > bounds[i]) {
      i++;
    }
    counts[i].increment();
    sum.add(seconds);
  }

  /** Writes the {@code _bucket}, {@code _sum} and {@code _count} lines. */
  void write(PrometheusText out, String name, String labels) {
    long cumulative = 0;
    String sep = labels.isEmpty() ? "" : labels + ",";
    for (int i = 0; i < bounds.length; i++) {
      cumulative += counts[i].sum();
      out.sample(
          name + "_bucket", sep + "le=\"" + PrometheusText.number(bounds[i]) + "\"", cumulative);
    }
    cumulative += counts[bounds.length].sum();
    out.sample(name + "_bucket", sep + "le=\"+Inf\"", cumulative);
    out.sample(name + "_sum", labels, sum.sum());
    out.sample(name + "_count", labels, cumulative);
  }
}
