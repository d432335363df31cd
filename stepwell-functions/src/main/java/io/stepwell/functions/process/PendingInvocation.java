package io.stepwell.functions.process;

import io.stepwell.functions.RuntimeRequest;
import java.util.concurrent.CompletableFuture;

/**
 * One invocation between the thread that waits for it and the process that runs it. It is handed
 * over once (by {@code /next}) and answered once: whichever of the response, the error, the
 * process's exit or the deadline comes first wins, later ones are ignored.
 */
final class PendingInvocation {
  private final RuntimeRequest request;
  private final String functionArn;
  private final long latestDeadlineNanos;
  private final CompletableFuture<Long> handedOver = new CompletableFuture<>();
  private final CompletableFuture<Reply> reply = new CompletableFuture<>();
  private volatile long handoverNanos;

  /**
   * @param latestDeadlineNanos the deadline however late the process takes the invocation: the init
   *     phase's allowance plus the function's timeout, counted from submission
   */
  PendingInvocation(RuntimeRequest request, String functionArn, long latestDeadlineNanos) {
    this.request = request;
    this.functionArn = functionArn;
    this.latestDeadlineNanos = latestDeadlineNanos;
  }

  String requestId() {
    return request.requestId();
  }

  long latestDeadlineNanos() {
    return latestDeadlineNanos;
  }

  /**
   * Hands the invocation to the process: its clock starts now, as Lambda's does when the runtime
   * receives the event (an init that overran its allowance eats into the timeout).
   */
  NextEvent handOver() {
    long now = System.nanoTime();
    long deadline = Math.min(now + request.timeout().toNanos(), latestDeadlineNanos);
    handoverNanos = now;
    long epochMs = System.currentTimeMillis() + (deadline - now) / 1_000_000;
    handedOver.complete(deadline);
    return new NextEvent(
        request.requestId(), epochMs, functionArn, request.xrayTraceId(), request.payload());
  }

  /** Completes when the process takes the invocation, with its deadline ({@code nanoTime}). */
  CompletableFuture<Long> handedOver() {
    return handedOver;
  }

  /** When the process took the invocation ({@code nanoTime}), or 0 if it has not. */
  long handoverNanos() {
    return handoverNanos;
  }

  /** Answers the invocation unless it is answered already; says whether this answer won. */
  boolean answer(Reply value) {
    return reply.complete(value);
  }

  CompletableFuture<Reply> reply() {
    return reply;
  }
}
