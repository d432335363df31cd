package io.stepwell.asl.eval;

import java.time.Instant;

/**
 * One Map Run of a Distributed Map, as AWS's {@code DescribeMapRun} shows it.
 *
 * @param mapRunArn the Map Run's ARN
 * @param executionArn the parent execution's ARN
 * @param stateName the Distributed Map state
 * @param status {@code RUNNING}, {@code SUCCEEDED}, {@code FAILED} or {@code ABORTED}
 * @param startDate when it started
 * @param stopDate when it ended, or {@code null}
 * @param maxConcurrency 0 for no limit
 * @param toleratedFailurePercentage as evaluated, 0 when not set
 * @param toleratedFailureCount as evaluated, 0 when not set
 * @param itemCounts the items (child executions) by state
 */
public record MapRun(
    String mapRunArn,
    String executionArn,
    String stateName,
    String status,
    Instant startDate,
    Instant stopDate,
    int maxConcurrency,
    double toleratedFailurePercentage,
    long toleratedFailureCount,
    Counts itemCounts) {

  /** How many children are in each state, as {@code DescribeMapRun}'s {@code itemCounts}. */
  public record Counts(
      long pending, long running, long succeeded, long failed, long aborted, long total) {}

  static MapRun of(Group group, String executionArn, String status, Instant start, Instant stop) {
    long succeeded = 0;
    long failed = 0;
    for (var s : group.statuses) {
      if (s == io.stepwell.asl.distributed.ChildExecution.Status.SUCCEEDED) {
        succeeded++;
      } else if (s != null) {
        failed++;
      }
    }
    long total = group.size();
    long running = group.running.size();
    long aborted = "ABORTED".equals(status) ? running : 0;
    if (aborted > 0) {
      running = 0;
    }
    long pending = Math.max(0, total - succeeded - failed - running - aborted);
    return new MapRun(
        group.mapRunArn,
        executionArn,
        group.state.name(),
        status,
        start,
        "RUNNING".equals(status) ? null : stop,
        group.maxConcurrency == Integer.MAX_VALUE ? 0 : group.maxConcurrency,
        group.toleratedPercentage == null ? 0 : group.toleratedPercentage,
        group.toleratedCount == null ? 0 : group.toleratedCount,
        new Counts(pending, running, succeeded, failed, aborted, total));
  }
}
