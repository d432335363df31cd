package io.stepwell.functions.process;

import io.stepwell.functions.ErrorDocument;
import io.stepwell.functions.Payload;
import io.stepwell.functions.RuntimeOutcome;
import io.stepwell.functions.RuntimeRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One execution environment: a process running the function's runtime, its Runtime API endpoint and
 * its captured output. It runs one invocation at a time and, once an invocation timed out or the
 * process died, is never used again (Lambda discards such a sandbox too).
 */
final class FunctionInstance implements AutoCloseable {
  private static final long END_GRACE_NANOS = TimeUnit.SECONDS.toNanos(1);
  private static final long EOF_GRACE_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

  private final LaunchPlan plan;
  private final Process process;
  private final RuntimeApiServer server;
  private final InvocationChannel channel;
  private final OutputCapture output;
  private final long startedNanos;
  private boolean invokedBefore;
  private volatile boolean broken;
  private volatile long idleSinceNanos = System.nanoTime();
  private boolean retirementScheduled; // guarded by the owning ProcessFunction

  private FunctionInstance(
      LaunchPlan plan,
      Process process,
      RuntimeApiServer server,
      InvocationChannel channel,
      OutputCapture output,
      long startedNanos) {
    this.plan = plan;
    this.process = process;
    this.server = server;
    this.channel = channel;
    this.output = output;
    this.startedNanos = startedNanos;
  }

  /**
   * Starts the process with its own Runtime API endpoint; its init phase runs from now on.
   *
   * @param logStreamName the instance's {@code AWS_LAMBDA_LOG_STREAM_NAME}
   * @throws IOException when the command cannot be started
   */
  static FunctionInstance start(LaunchPlan plan, String logStreamName, Executor executor)
      throws IOException {
    InvocationChannel channel = new InvocationChannel();
    RuntimeApiServer server = RuntimeApiServer.start(channel, executor);
    Process process;
    long started = System.nanoTime();
    try {
      ProcessBuilder builder =
          new ProcessBuilder(plan.command())
              .directory(plan.workingDirectory().toFile())
              .redirectErrorStream(true);
      Map<String, String> env = builder.environment();
      env.clear();
      env.putAll(plan.environment());
      env.put("AWS_LAMBDA_RUNTIME_API", server.address());
      env.put("AWS_LAMBDA_LOG_STREAM_NAME", logStreamName);
      process = builder.start();
    } catch (IOException | RuntimeException e) {
      server.close();
      throw e;
    }
    process.getOutputStream().close(); // a function's standard input is empty, as on Lambda
    OutputCapture output =
        OutputCapture.start(
            process.getInputStream(),
            plan.markers(),
            plan.frames(),
            "stepwell-function-output-" + process.pid());
    channel.onHandOver(output::handedOver);
    var unused = process.onExit().thenAccept(p -> channel.exited(p.exitValue()));
    return new FunctionInstance(plan, process, server, channel, output, started);
  }

  /** Whether the instance may take another invocation. */
  boolean reusable() {
    return !broken && process.isAlive();
  }

  long pid() {
    return process.pid();
  }

  /** How long since the instance last answered (or started). */
  long idleNanos() {
    return System.nanoTime() - idleSinceNanos;
  }

  /** Notes that a retirement check is pending; says whether none was before. */
  boolean markRetirementScheduled() {
    boolean first = !retirementScheduled;
    retirementScheduled = true;
    return first;
  }

  /**
   * Runs one invocation and waits for its answer, its deadline or the process's end, whichever
   * comes first; then gathers its output between Lambda's {@code START} and {@code END} lines.
   *
   * @return the outcome, or {@code null} when this warm instance turned out to be gone before it
   *     took the invocation, which then belongs to another instance
   * @throws InterruptedException when the waiting thread is interrupted (the caller discards the
   *     instance)
   */
  RuntimeOutcome invoke(RuntimeRequest request, String functionArn) throws InterruptedException {
    boolean cold = !invokedBefore;
    invokedBefore = true;
    long submitted = System.nanoTime();
    // The process has the init allowance to take the invocation (a warm one takes it at once),
    // then the function's timeout from the moment it does.
    long allowance = request.timeout().toNanos() + plan.initTimeoutNanos();
    PendingInvocation invocation =
        new PendingInvocation(request, functionArn, submitted + allowance);
    channel.submit(invocation);
    Reply reply = await(invocation);
    long answered = System.nanoTime();
    idleSinceNanos = answered;
    if (!cold && reply instanceof Reply.Exited && invocation.handoverNanos() == 0) {
      // A warm process that ended while idle (after an uncaught exception, say) never took this
      // invocation: Lambda would have started a new environment, and so does the caller.
      broken = true;
      close();
      return null;
    }
    long memoryMb = ProcessMemory.peakMb(process.pid());
    OutputCapture.Segment lines;
    if (reply instanceof Reply.Response || reply instanceof Reply.ErrorResponse) {
      lines = output.awaitEnd(request.requestId(), END_GRACE_NANOS);
    } else {
      broken = true;
      kill();
      lines = output.awaitEof(EOF_GRACE_NANOS);
    }
    long handover = invocation.handoverNanos();
    long duration = answered - (handover == 0 ? submitted : handover);
    long firstNext = channel.firstNextNanos();
    long init = cold && firstNext != 0 ? firstNext - startedNanos : 0;
    List<String> logs = new ArrayList<>(lines.before());
    logs.add(ReportLines.start(request.requestId()));
    logs.addAll(lines.during());
    logs.add(ReportLines.end(request.requestId()));
    String id = request.requestId();
    return switch (reply) {
      case Reply.Response r -> {
        logs.add(report(id, duration, init, memoryMb, null, null));
        yield new RuntimeOutcome.Returned(r.body().payload(), logs);
      }
      case Reply.ErrorResponse e -> {
        logs.add(report(id, duration, init, memoryMb, null, null));
        yield new RuntimeOutcome.Failed(ErrorDocuments.posted(e.errorType(), e.body()), logs);
      }
      case Reply.InitError e -> {
        Payload document = ErrorDocuments.posted(e.errorType(), e.body());
        String type = ErrorDocument.parse(document).errorType();
        logs.add(report(id, duration, init, memoryMb, "error", type));
        yield new RuntimeOutcome.Failed(document, logs);
      }
      case Reply.Exited x -> {
        logs.add(report(id, duration, init, memoryMb, "error", ExitMessages.EXIT_ERROR));
        yield new RuntimeOutcome.Failed(ExitMessages.exited(id, x.status()).toPayload(), logs);
      }
      case Reply.TimedOut t -> {
        logs.add(report(id, duration, init, memoryMb, "timeout", null));
        yield new RuntimeOutcome.TimedOut(logs);
      }
    };
  }

  /** What an invocation answers when the process could not be started. */
  static RuntimeOutcome notStarted(RuntimeRequest request, LaunchPlan plan, String reason) {
    String id = request.requestId();
    return new RuntimeOutcome.Failed(
        ExitMessages.notStarted(id, reason).toPayload(),
        List.of(
            ReportLines.start(id),
            ReportLines.end(id),
            ReportLines.report(
                id, 0, 0, plan.memorySizeMb(), 0, "error", ExitMessages.INVALID_ENTRYPOINT)));
  }

  /** Stops the process and its children at once and closes its endpoint. */
  @Override
  public void close() {
    broken = true;
    kill();
    server.close();
  }

  private String report(
      String id, long duration, long init, long memoryMb, String status, String errorType) {
    return ReportLines.report(id, duration, init, plan.memorySizeMb(), memoryMb, status, errorType);
  }

  private Reply await(PendingInvocation invocation) throws InterruptedException {
    CompletableFuture<Reply> reply = invocation.reply();
    try {
      CompletableFuture.anyOf(invocation.handedOver(), reply)
          .get(left(invocation.latestDeadlineNanos()), TimeUnit.NANOSECONDS);
      if (!reply.isDone()) {
        long deadline = invocation.handedOver().join();
        return reply.get(left(deadline), TimeUnit.NANOSECONDS);
      }
    } catch (TimeoutException e) {
      invocation.answer(new Reply.TimedOut());
    } catch (ExecutionException e) {
      throw new IllegalStateException("An invocation ended abnormally", e.getCause());
    }
    return reply.join();
  }

  private static long left(long deadlineNanos) {
    return Math.max(0, deadlineNanos - System.nanoTime());
  }

  private void kill() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }
}
