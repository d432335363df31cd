package io.stepwell.bench;

import io.stepwell.engine.Engine;
import io.stepwell.engine.store.ExecutionRecord;
import io.stepwell.engine.store.InMemoryStore;
import java.time.Duration;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Express executions through the engine, in process: start, run and record each execution. Scores
 * are executions per second (3 and 100 states per execution).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xss4m")
public class EngineBenchmark {
  private Engine engine;
  private String chain3;
  private String chain100;
  private static final String INPUT = "{\"value\":{\"a\":1,\"b\":[1,2,3]},\"order\":{\"id\":7}}";

  @Setup
  public void setUp() {
    engine = Engine.builder(new InMemoryStore()).runTimers(false).build();
    chain3 = engine.createStateMachine("chain3", Workflows.passChain(3), "EXPRESS", null).arn();
    chain100 =
        engine.createStateMachine("chain100", Workflows.passChain(100), "EXPRESS", null).arn();
  }

  @TearDown
  public void tearDown() {
    engine.close();
  }

  @Benchmark
  public ExecutionRecord express3() throws InterruptedException {
    return engine.startSyncExecution(chain3, null, INPUT, Duration.ofSeconds(10));
  }

  @Benchmark
  public ExecutionRecord express100() throws InterruptedException {
    return engine.startSyncExecution(chain100, null, INPUT, Duration.ofSeconds(10));
  }
}
