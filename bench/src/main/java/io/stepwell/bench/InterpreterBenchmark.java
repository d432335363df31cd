package io.stepwell.bench;

import io.stepwell.asl.json.Json;
import io.stepwell.asl.model.StateMachine;
import io.stepwell.testkit.ExecutionResult;
import io.stepwell.testkit.InMemoryDriver;
import io.stepwell.testkit.RunRequest;
import io.stepwell.testkit.TaskResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whole executions in memory, definitions compiled once. Each benchmark's score is executions per
 * second; multiply by the states per execution (in the method's comment) for transitions per
 * second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xss4m")
public class InterpreterBenchmark {
  @Param({"false", "true"})
  public boolean history;

  private final InMemoryDriver driver = new InMemoryDriver(r -> new TaskResult.Succeeded(null));
  private StateMachine passChain;
  private StateMachine choiceLoop;
  private StateMachine map;
  private StateMachine jsonataChain;
  private StateMachine jsonataComputed;
  private RunRequest jsonataRequest;
  private RunRequest passRequest;
  private RunRequest choiceRequest;
  private RunRequest mapRequest;

  @Setup
  public void setUp() {
    String pass = Workflows.passChain(100);
    passChain = InMemoryDriver.compile(pass, "STANDARD");
    passRequest =
        RunRequest.of(pass, Json.parse("{\"value\":{\"a\":1,\"b\":[1,2,3]},\"order\":{\"id\":7}}"));
    String choice = Workflows.choiceLoop();
    choiceLoop = InMemoryDriver.compile(choice, "STANDARD");
    choiceRequest = RunRequest.of(choice, Json.parse("{\"kind\":\"order\",\"n\":0}"));
    String jsonata = Workflows.jsonataChain(100);
    jsonataChain = InMemoryDriver.compile(jsonata, "STANDARD");
    jsonataRequest =
        RunRequest.of(
            jsonata, Json.parse("{\"value\":{\"a\":1,\"b\":[1,2,3]},\"order\":{\"id\":7}}"));
    jsonataComputed = InMemoryDriver.compile(Workflows.jsonataComputedChain(100), "STANDARD");
    String mapDef = Workflows.mapOverItems();
    map = InMemoryDriver.compile(mapDef, "STANDARD");
    mapRequest = RunRequest.of(mapDef, Json.parse(Workflows.mapInput(1000)));
  }

  /** 100 Pass states. */
  @Benchmark
  public ExecutionResult passChain100() {
    return check(driver.run(passChain, passRequest, history));
  }

  /** 100 Pass states in JSONata mode, each with an Output and an Assign. */
  @Benchmark
  public ExecutionResult jsonataChain100() {
    return check(driver.run(jsonataChain, jsonataRequest, history));
  }

  /** 100 Pass states in JSONata mode whose expressions compute (arithmetic, strings). */
  @Benchmark
  public ExecutionResult jsonataComputedChain100() {
    return check(driver.run(jsonataComputed, jsonataRequest, history));
  }

  /** 201 states: 100 rounds of Choice and Pass, then the last Choice and Succeed. */
  @Benchmark
  public ExecutionResult choiceLoop100() {
    return check(driver.run(choiceLoop, choiceRequest, history));
  }

  /** 2,001 states: the Map and 1,000 iterations of two Pass states. */
  @Benchmark
  public ExecutionResult map1000() {
    return check(driver.run(map, mapRequest, history));
  }

  private static ExecutionResult check(ExecutionResult result) {
    if (!"SUCCEEDED".equals(result.status())) {
      throw new IllegalStateException(result.error() + ": " + result.cause());
    }
    return result;
  }
}
