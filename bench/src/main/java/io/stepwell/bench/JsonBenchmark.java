package io.stepwell.bench;

import io.stepwell.asl.json.Json;
import io.stepwell.asl.path.DataScope;
import io.stepwell.asl.path.JsonPathExpr;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The pieces under every state: reading paths and copying JSON. Scores in operations per µs. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JsonBenchmark {
  private Object document;
  private DataScope scope;
  private final JsonPathExpr simple = JsonPathExpr.compile("$.order.customer.name");
  private final JsonPathExpr wildcard = JsonPathExpr.compile("$.order.lines[*].sku");
  private final JsonPathExpr filter = JsonPathExpr.compile("$.order.lines[?(@.qty > 2)].sku");

  @Setup
  public void setUp() {
    document =
        Json.parse(
            Workflows.mapInput(20)
                    .replace("{\"items\"", "{\"order\":{\"customer\":{\"name\":\"Ada\"},\"lines\"")
                + "}");
    scope = DataScope.of(document, null);
  }

  @Benchmark
  public Object simplePath() {
    return simple.read(scope);
  }

  @Benchmark
  public Object wildcardPath() {
    return wildcard.read(scope);
  }

  @Benchmark
  public Object filterPath() {
    return filter.read(scope);
  }

  private final io.stepwell.asl.jsonata.JsonataExpression arithmetic =
      io.stepwell.asl.jsonata.JsonataExpression.parse(
          "{% $states.input.order.customer.name & '!' %}");
  private final io.stepwell.asl.jsonata.JsonataExpression navigation =
      io.stepwell.asl.jsonata.JsonataExpression.parse("{% $states.input.order.customer.name %}");
  private final io.stepwell.asl.Entropy entropy = io.stepwell.asl.Entropy.seeded(1);

  /** A JSONata expression that the evaluator runs (string concatenation). */
  @Benchmark
  public Object jsonataComputed() {
    return arithmetic.evaluate(java.util.Map.of("input", document), java.util.Map.of(), entropy);
  }

  /** A JSONata expression that only navigates fields (the fast path). */
  @Benchmark
  public Object jsonataNavigation() {
    return navigation.evaluate(java.util.Map.of("input", document), java.util.Map.of(), entropy);
  }

  @Benchmark
  public Object deepCopy() {
    return Json.deepCopy(document);
  }
}
