package io.stepwell.bench;

import io.stepwell.functions.FunctionConfig;
import io.stepwell.functions.FunctionHost;
import io.stepwell.functions.FunctionRuntime;
import io.stepwell.functions.Invocation;
import io.stepwell.functions.InvokeOptions;
import io.stepwell.functions.Payload;
import io.stepwell.functions.java.JavaRuntime;
import io.stepwell.functions.process.ProcessRuntime;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Function invocation through a {@link FunctionHost} (not JMH: cold starts are processes). Per
 * runtime: cold starts (a new function each time, so a new process or class loader) and warm
 * invocations one after another, as latency percentiles; then invocations per second on a warm
 * Node.js function with 1 and 4 callers (and as many instances). The function answers the event's
 * {@code n} back in each language.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.stepwell.bench.FunctionInvokeBenchmark \
 *   --runtimes node,python,java,java-process --cold 10 --warm 2000 --seconds 10
 * </pre>
 */
public final class FunctionInvokeBenchmark {
  private static final String NODE = "exports.handler = async (event) => ({ n: event.n });\n";
  private static final String PYTHON =
      "def handler(event, context):\n    return {\"n\": event[\"n\"]}\n";

  private static Path javaCode;

  private FunctionInvokeBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = Args.parse(args);
    List<String> runtimes =
        Arrays.asList(options.getOrDefault("runtimes", "node,python,java,java-process").split(","));
    int cold = Integer.parseInt(options.getOrDefault("cold", "10"));
    int warm = Integer.parseInt(options.getOrDefault("warm", "2000"));
    int seconds = Integer.parseInt(options.getOrDefault("seconds", "10"));
    Path code = Files.createTempDirectory("stepwell-bench-functions");
    Files.writeString(code.resolve("index.js"), NODE);
    Files.writeString(code.resolve("handler.py"), PYTHON);
    System.out.println(
        "| runtime | cold p50 ms | cold max ms | warm p50 ms | warm p99 ms | warm mean ms |");
    System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
    for (String runtime : runtimes) {
      latency(runtime, code, cold, warm);
    }
    if (runtimes.contains("node")) {
      System.out.println();
      System.out.println("| Node.js, warm | callers = instances | invocations | invocations/s |");
      System.out.println("| --- | ---: | ---: | ---: |");
      for (int callers : new int[] {1, 4}) {
        throughput(code, callers, seconds);
      }
    }
  }

  private static void latency(String runtime, Path code, int cold, int warm) throws Exception {
    try (FunctionHost host = new FunctionHost(List.of(runtimeFor(runtime)))) {
      long[] colds = new long[cold];
      for (int i = 0; i < cold; i++) {
        String name = runtime + "-cold-" + i;
        host.register(config(runtime, name, code));
        colds[i] = timed(host, name);
        host.unregister(name);
      }
      String name = runtime + "-warm";
      host.register(config(runtime, name, code));
      for (int i = 0; i < Math.min(200, warm); i++) {
        timed(host, name); // warms the process and this JVM's own code
      }
      long[] warms = new long[warm];
      for (int i = 0; i < warm; i++) {
        warms[i] = timed(host, name);
      }
      Arrays.sort(colds);
      Arrays.sort(warms);
      System.out.printf(
          Locale.ROOT,
          "| %s | %.1f | %.1f | %.2f | %.2f | %.2f |%n",
          runtime,
          ms(colds[colds.length / 2]),
          ms(colds[colds.length - 1]),
          ms(warms[warms.length / 2]),
          ms(warms[(int) (warms.length * 0.99)]),
          ms((long) Arrays.stream(warms).average().orElse(0)));
    }
  }

  private static void throughput(Path code, int callers, int seconds) throws Exception {
    ProcessRuntime runtime = ProcessRuntime.builder().maxInstances(callers).build();
    try (FunctionHost host = new FunctionHost(List.of(runtime))) {
      host.register(config("node", "node-load", code));
      // warm every instance before counting
      runFor(host, callers, 2);
      long count = runFor(host, callers, seconds);
      System.out.printf(
          Locale.ROOT,
          "| nodejs20.x | %d | %,d | %,.0f |%n",
          callers,
          count,
          count / (double) seconds);
    }
  }

  private static long runFor(FunctionHost host, int callers, int seconds) throws Exception {
    AtomicLong done = new AtomicLong();
    long until = System.nanoTime() + seconds * 1_000_000_000L;
    try (ExecutorService pool = Executors.newFixedThreadPool(callers)) {
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < callers; c++) {
        running.add(
            pool.submit(() -> {
              while (System.nanoTime() < until) {
                check(
                    host.invoke(
                        "node-load", Payload.ofUtf8("{\"n\":1}"), InvokeOptions.defaults()));
                done.incrementAndGet();
              }
            }));
      }
      for (Future<?> f : running) {
        f.get();
      }
    }
    return done.get();
  }

  private static long timed(FunctionHost host, String name) {
    long start = System.nanoTime();
    check(host.invoke(name, Payload.ofUtf8("{\"n\":42}"), InvokeOptions.defaults()));
    return System.nanoTime() - start;
  }

  private static void check(Invocation invocation) {
    if (!(invocation instanceof Invocation.Success)) {
      throw new IllegalStateException("The benchmark function failed: " + invocation);
    }
  }

  private static FunctionRuntime runtimeFor(String runtime) {
    return switch (runtime) {
      case "java" -> new JavaRuntime();
      case "java-process" ->
          ProcessRuntime.builder()
              .javaRuntimeInterfaceClient(
                  ProcessRuntime.javaRuntimeInterfaceClientOnClassPath().orElseThrow())
              .build();
      default -> ProcessRuntime.create();
    };
  }

  private static FunctionConfig config(String runtime, String name, Path code) throws IOException {
    return switch (runtime) {
      case "node" -> FunctionConfig.of(name, "nodejs20.x", "index.handler", code);
      case "python" -> FunctionConfig.of(name, "python3.12", "handler.handler", code);
      case "java", "java-process" ->
          FunctionConfig.java21(name, BenchEcho.class.getName(), ownCode());
      default -> throw new IllegalArgumentException("unknown runtime " + runtime);
    };
  }

  /** A classes folder holding only {@link BenchEcho}, as a user's small function would be. */
  private static synchronized Path ownCode() throws IOException {
    if (javaCode == null) {
      Path root = Files.createTempDirectory("stepwell-bench-java");
      String file = BenchEcho.class.getName().replace('.', '/') + ".class";
      Path target = root.resolve(file);
      Files.createDirectories(target.getParent());
      try (InputStream in = BenchEcho.class.getClassLoader().getResourceAsStream(file)) {
        Files.copy(in, target);
      }
      javaCode = root;
    }
    return javaCode;
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
