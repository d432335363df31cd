package io.stepwell.bench;

import io.stepwell.engine.Engine;
import io.stepwell.engine.store.InMemoryStore;
import io.stepwell.engine.store.Store;
import io.stepwell.server.StepwellServer;
import io.stepwell.server.sfn.StepFunctionsApi;
import io.stepwell.server.sfn.TagStore;
import io.stepwell.store.jdbc.JdbcStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load driver for the HTTP API: {@code StartSyncExecution} of a 3-state Express machine and {@code
 * StartExecution} of a 3-state Standard machine on SQLite, over real HTTP on loopback (JDK client,
 * HTTP/1.1 keep-alive), with N concurrent clients each sending its next request when the last one
 * is answered. Prints requests/s and latency percentiles.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar io.stepwell.bench.HttpLoad [--clients 1,32]
 * [--seconds 10] [--warmup-seconds 3] [--calls sync,standard]}.
 */
public final class HttpLoad {
  private static final String CHAIN =
      """
      {"StartAt":"A","States":{
        "A":{"Type":"Pass","Result":{"x":1},"ResultPath":"$.a","Next":"B"},
        "B":{"Type":"Pass","Result":{"y":2},"ResultPath":"$.b","Next":"C"},
        "C":{"Type":"Pass","End":true}}}\
      """;

  private HttpLoad() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = Args.parse(args);
    int[] clients =
        Arrays.stream(options.getOrDefault("clients", "1,32").split(","))
            .mapToInt(Integer::parseInt)
            .toArray();
    Duration measure = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "10")));
    Duration warmup =
        Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup-seconds", "3")));
    List<String> calls = List.of(options.getOrDefault("calls", "sync,standard").split(","));
    System.out.printf(
        Locale.ROOT,
        "HTTP API on loopback, %d s measured after %d s warm-up, %d cores%n",
        measure.toSeconds(),
        warmup.toSeconds(),
        Runtime.getRuntime().availableProcessors());
    Path dir = Files.createTempDirectory("stepwell-httpload");
    try (Store store = calls.contains("standard") ? JdbcStore.sqlite(dir) : new InMemoryStore();
        Engine engine = Engine.builder(store).build();
        StepwellServer server =
            StepwellServer.builder(engine)
                .bind("127.0.0.1", 0)
                .feature(new StepFunctionsApi(store, TagStore.inMemory()))
                .start()) {
      String express = engine.createStateMachine("express3", CHAIN, "EXPRESS", null).arn();
      String standard = engine.createStateMachine("standard3", CHAIN, "STANDARD", null).arn();
      URI endpoint = URI.create("http://127.0.0.1:" + server.port() + "/");
      for (String call : calls) {
        String action = "sync".equals(call) ? "StartSyncExecution" : "StartExecution";
        String arn = "sync".equals(call) ? express : standard;
        for (int c : clients) {
          run(endpoint, action, arn, c, warmup);
          Result r = run(endpoint, action, arn, c, measure);
          System.out.printf(
              Locale.ROOT,
              "%-19s clients %3d: %,9.0f requests/s  p50 %7.3f ms  p99 %7.3f ms  errors %d%n",
              action,
              c,
              r.count / (double) measure.toSeconds(),
              r.percentile(0.50),
              r.percentile(0.99),
              r.errors);
        }
      }
    }
  }

  // the samples are read, never changed or compared: an array is what a percentile needs
  @SuppressWarnings("ArrayRecordComponent")
  private record Result(long count, long errors, long[] nanos) {
    double percentile(double p) {
      if (nanos.length == 0) {
        return Double.NaN;
      }
      return nanos[(int) Math.min(nanos.length - 1, Math.floor(p * nanos.length))] / 1e6;
    }
  }

  private static Result run(URI endpoint, String action, String arn, int clients, Duration length)
      throws InterruptedException {
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger names = new AtomicInteger();
    List<long[]> samples = new ArrayList<>();
    long[] errors = new long[clients];
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < clients; t++) {
      long[] mine = new long[2_000_000];
      samples.add(mine);
      int index = t;
      threads.add(
          Thread.ofPlatform()
              .start(() -> {
                HttpClient http =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                int n = 0;
                while (!stop.get() && n < mine.length - 1) {
                  String body =
                      "{\"stateMachineArn\":\""
                          + arn
                          + "\",\"name\":\"e"
                          + names.incrementAndGet()
                          + "-"
                          + System.nanoTime()
                          + "\",\"input\":\"{\\\"k\\\":1}\"}";
                  HttpRequest req =
                      HttpRequest.newBuilder(endpoint)
                          .header("Content-Type", "application/x-amz-json-1.0")
                          .header("X-Amz-Target", "AWSStepFunctions." + action)
                          .POST(HttpRequest.BodyPublishers.ofString(body))
                          .build();
                  long t0 = System.nanoTime();
                  try {
                    HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
                    if (res.statusCode() != 200) {
                      if (errors[index]++ == 0) {
                        System.err.println("error: HTTP " + res.statusCode() + " " + res.body());
                      }
                      continue;
                    }
                  } catch (Exception e) {
                    if (errors[index]++ == 0) {
                      System.err.println("error: " + e);
                    }
                    continue;
                  }
                  mine[++n] = System.nanoTime() - t0;
                }
                mine[0] = n;
              }));
    }
    Thread.sleep(length.toMillis());
    stop.set(true);
    for (Thread t : threads) {
      t.join();
    }
    int total = 0;
    for (long[] s : samples) {
      total += (int) s[0];
    }
    long[] all = new long[total];
    int at = 0;
    for (long[] s : samples) {
      System.arraycopy(s, 1, all, at, (int) s[0]);
      at += (int) s[0];
    }
    Arrays.sort(all);
    return new Result(total, Arrays.stream(errors).sum(), all);
  }
}
