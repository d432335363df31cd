package io.stepwell.server.console;

import io.stepwell.asl.json.Json;
import io.stepwell.engine.store.KeyValueEntry;
import io.stepwell.engine.store.KeyValueStore;
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
 * The log lines of function invocations, for the console and {@code stepwell executions logs}
 * (Lambda would send them to CloudWatch Logs): wrap each runtime with {@link #capture} when
 * building the {@code FunctionHost}. In memory, the last {@value #KEPT} invocations; with a {@link
 * KeyValueStore} ({@link #durable}), in the store's database, so they survive restarts and every
 * node sees them, the last {@value #KEPT} per function. Each keeps at most {@value #LINES} lines.
 */
public final class InvocationLogs {
  static final int KEPT = 2000;
  static final int LINES = 200;
  private static final String SPACE = "function-logs";

  /**
   * How far before a window's start an overlapping invocation may have started (Lambda's limit).
   */
  private static final long LONGEST_MILLIS = 15 * 60 * 1000;

  private final Deque<Entry> entries = new ArrayDeque<>();
  private final InstantSource clock;
  private final KeyValueStore documents;
  private final java.util.concurrent.atomic.AtomicLong recorded =
      new java.util.concurrent.atomic.AtomicLong();

  /** Logs stamped by the system clock. */
  public InvocationLogs() {
    this(InstantSource.system());
  }

  /**
   * Logs stamped by the engine's clock, so that they line up with the history's timestamps (a
   * scaled clock, {@code --time-scale}, included).
   */
  public InvocationLogs(InstantSource clock) {
    this(clock, null);
  }

  private InvocationLogs(InstantSource clock, KeyValueStore documents) {
    this.clock = clock;
    this.documents = documents;
  }

  /** Logs kept in the store's documents, stamped by the engine's clock. */
  public static InvocationLogs durable(InstantSource clock, KeyValueStore documents) {
    return new InvocationLogs(clock, documents);
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
    if (documents != null) {
      documents.put(SPACE, key(entry), json(entry), KeyValueStore.ANY);
      if (recorded.incrementAndGet() % 100 == 0) {
        prune(function);
      }
      return;
    }
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
    if (documents != null) {
      return findStored(function, requestId, from, to, max);
    }
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

  private List<Entry> findStored(
      String function, String requestId, Instant from, Instant to, int max) {
    String prefix = function == null ? "" : function + "|";
    String after =
        function == null || from == null
            ? null
            : prefix + stamp(Math.max(0, from.toEpochMilli() - LONGEST_MILLIS));
    List<Entry> matching = new ArrayList<>();
    for (KeyValueEntry kv : documents.scan(SPACE, prefix, after, 10 * KEPT)) {
      Entry e = entry(kv.value());
      if (function != null && to != null && e.start().isAfter(to)) {
        break;
      }
      boolean matches =
          (requestId == null || requestId.equals(e.requestId()))
              && (from == null || !e.end().isBefore(from))
              && (to == null || !e.start().isAfter(to));
      if (matches) {
        matching.add(e);
      }
    }
    matching.sort(java.util.Comparator.comparing(Entry::start).reversed());
    return matching.size() > max ? List.copyOf(matching.subList(0, max)) : matching;
  }

  /** Keeps the last {@value #KEPT} invocations of a function. */
  private void prune(String function) {
    List<KeyValueEntry> all = documents.scan(SPACE, function + "|", null, Integer.MAX_VALUE);
    for (int i = 0; i < all.size() - KEPT; i++) {
      documents.delete(SPACE, all.get(i).key(), KeyValueStore.ANY);
    }
  }

  /** Keys sort by function, then start time: a window is one range of keys. */
  private static String key(Entry e) {
    return e.functionName() + "|" + stamp(e.start().toEpochMilli()) + "|" + e.requestId();
  }

  private static String stamp(long millis) {
    return String.format(java.util.Locale.ROOT, "%015d", millis);
  }

  private static String json(Entry e) {
    java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("functionName", e.functionName());
    m.put("requestId", e.requestId());
    m.put("start", e.start().toString());
    m.put("end", e.end().toString());
    m.put("outcome", e.outcome());
    m.put("lines", e.lines());
    return Json.write(m);
  }

  private static Entry entry(String json) {
    java.util.Map<String, Object> m = Json.asObject(Json.parse(json));
    List<String> lines = new ArrayList<>();
    for (Object line : (List<?>) m.get("lines")) {
      lines.add(String.valueOf(line));
    }
    return new Entry(
        (String) m.get("functionName"),
        (String) m.get("requestId"),
        Instant.parse((String) m.get("start")),
        Instant.parse((String) m.get("end")),
        (String) m.get("outcome"),
        List.copyOf(lines));
  }
}
