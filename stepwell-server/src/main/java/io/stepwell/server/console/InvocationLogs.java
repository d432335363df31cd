package io.stepwell.server.console;

import io.stepwell.functions.DeployedFunction;
import io.stepwell.functions.FunctionRuntime;
import io.stepwell.functions.FunctionSpec;
import io.stepwell.functions.RuntimeOutcome;
import io.stepwell.functions.RuntimeRequest;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * The log lines of recent function invocations, kept in memory for the console (Lambda would send
 * them to CloudWatch Logs): wrap each runtime with {@link #capture} when building the {@code
 * FunctionHost}. Bounded: the last {@value #KEPT} invocations, each with at most {@value #LINES}
 * lines.
 */
public final class InvocationLogs {
  static final int KEPT = 2000;
  static final int LINES = 200;
  private final Deque<Entry> entries = new ArrayDeque<>();
  private final InstantSource clock;

  /** Logs stamped by the system clock. */
  public InvocationLogs() {
    this(InstantSource.system());
  }

  /**
   * Logs stamped by the engine's clock, so that they line up with the history's timestamps (a
   * scaled clock, {@code --time-scale}, included).
   */
  public InvocationLogs(InstantSource clock) {
    this.clock = clock;
  }

  /** One invocation: which function, its request id, when it ran, how it ended, what it logged. */
  record Entry(
      String functionName,
      String requestId,
      Instant start,
      Instant end,
      String outcome,
      List<String> lines) {}

  /** The same runtime, with every invocation's log lines kept here. */
  public FunctionRuntime capture(FunctionRuntime runtime) {
    return new FunctionRuntime() {
      @Override
      public Set<String> runtimeNames() {
        return runtime.runtimeNames();
      }

      @Override
      public DeployedFunction deploy(FunctionSpec spec) {
        DeployedFunction deployed = runtime.deploy(spec);
        String name = spec.config().name();
        return new DeployedFunction() {
          @Override
          public RuntimeOutcome invoke(RuntimeRequest request) {
            Instant start = clock.instant();
            RuntimeOutcome outcome = deployed.invoke(request);
            record(name, request.requestId(), start, outcome);
            return outcome;
          }

          @Override
          public void close() {
            deployed.close();
          }
        };
      }

      @Override
      public void close() {
        runtime.close();
      }
    };
  }

  private void record(String function, String requestId, Instant start, RuntimeOutcome outcome) {
    String how =
        switch (outcome) {
          case RuntimeOutcome.Returned r -> "returned";
          case RuntimeOutcome.Failed f -> "failed";
          case RuntimeOutcome.TimedOut t -> "timed out";
        };
    List<String> lines = outcome.logs();
    if (lines.size() > LINES) {
      lines = new ArrayList<>(lines.subList(0, LINES));
      lines.add("(" + (outcome.logs().size() - LINES) + " more lines not kept)");
    }
    Entry entry = new Entry(function, requestId, start, clock.instant(), how, List.copyOf(lines));
    synchronized (entries) {
      entries.addLast(entry);
      while (entries.size() > KEPT) {
        entries.removeFirst();
      }
    }
  }

  /**
   * The invocations of {@code function} (any when {@code null}) with this request id (any when
   * {@code null}) that overlap {@code [from, to]} (either may be {@code null}), newest first, at
   * most {@code max}.
   */
  List<Entry> find(String function, String requestId, Instant from, Instant to, int max) {
    List<Entry> out = new ArrayList<>();
    synchronized (entries) {
      var it = entries.descendingIterator();
      while (it.hasNext() && out.size() < max) {
        Entry e = it.next();
        boolean matches =
            (function == null || function.equals(e.functionName()))
                && (requestId == null || requestId.equals(e.requestId()))
                && (from == null || !e.end().isBefore(from))
                && (to == null || !e.start().isAfter(to));
        if (matches) {
          out.add(e);
        }
      }
    }
    return out;
  }
}
