package io.stepwell.bench;

import io.stepwell.engine.Engine;
import io.stepwell.engine.TaskOutcome;
import io.stepwell.engine.store.Store;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Load driver for durable Standard executions: a chain of Pass states (one committed step per
 * execution) and a chain of Task states answered at once by an in-process dispatcher (one committed
 * step per Task), with 1 and 64 concurrent executions, on SQLite and PostgreSQL.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar io.stepwell.bench.StandardLoad [--stores
 * sqlite,postgres] [--concurrency 1,64] [--states 10] [--seconds 10] [--warmup-seconds 3]}.
 */
public final class StandardLoad {
  static final String INPUT = "{\"value\":{\"a\":1,\"b\":[1,2,3]},\"order\":{\"id\":7}}";

  private StandardLoad() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = Args.parse(args);
    List<String> stores = List.of(options.getOrDefault("stores", "sqlite,postgres").split(","));
    List<Integer> concurrencies = new ArrayList<>();
    for (String c : options.getOrDefault("concurrency", "1,64").split(",")) {
      concurrencies.add(Integer.parseInt(c));
    }
    int states = Integer.parseInt(options.getOrDefault("states", "10"));
    Duration measure = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "10")));
    Duration warmup =
        Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup-seconds", "3")));
    List<String> shapes = List.of(options.getOrDefault("shapes", "pass,task").split(","));

    System.out.printf(
        Locale.ROOT,
        "Standard executions, %d states each, %d s measured after %d s warm-up, %d cores%n",
        states,
        measure.toSeconds(),
        warmup.toSeconds(),
        Runtime.getRuntime().availableProcessors());
    System.out.println(
        "| store | shape | concurrent | executions | executions/s | transitions/s | p50 ms | p99 ms"
            + " | failed |");
    System.out.println("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    try (BenchStores factory = new BenchStores()) {
      for (String kind : stores) {
        for (String shape : shapes) {
          for (int concurrency : concurrencies) {
            // a fresh store each time: a run does not pay for the rows of the one before
            try (Store store = factory.open(kind);
                Engine engine = engine(store)) {
              String definition =
                  "task".equals(shape) ? Workflows.taskChain(states) : Workflows.passChain(states);
              String sm =
                  engine.createStateMachine(shape + states, definition, "STANDARD", null).arn();
              DurableLoad load = new DurableLoad(engine);
              load.run(sm, INPUT, concurrency, warmup, Long.MAX_VALUE);
              DurableLoad.Result r = load.run(sm, INPUT, concurrency, measure, Long.MAX_VALUE);
              System.out.printf(
                  Locale.ROOT,
                  "| %s | %s | %d | %d | %,.0f | %,.0f | %.2f | %.2f | %d |%n",
                  kind,
                  shape,
                  concurrency,
                  r.executions(),
                  r.executionsPerSecond(),
                  r.transitionsPerSecond(),
                  r.p50Millis(),
                  r.p99Millis(),
                  r.unsuccessful());
            }
          }
        }
      }
      if (stores.contains("postgres")) {
        System.out.println("PostgreSQL: " + factory.postgresDescription());
      }
    }
  }

  /** An engine whose Lambda tasks answer at once with a small object. */
  static Engine engine(Store store) {
    return Engine.builder(store)
        .tasks("arn:aws:lambda:", t -> new TaskOutcome.Succeeded(Map.of("ok", true)))
        .build();
  }
}
