package io.stepwell.testkit.lambda;

import io.stepwell.functions.FunctionConfig;
import io.stepwell.functions.InvokeOptions;
import io.stepwell.functions.Payload;
import io.stepwell.functions.process.ProcessRuntime;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The {@link TestFunction}s as the real Python files ({@code python/*.py} next to this class) run
 * by {@link ProcessRuntime}, deployed as AWS deployed them for the recordings: each as {@code
 * handler.py} in a task root of its own, handler {@code handler.handler}, runtime {@code
 * python3.12}. One instance holds one warm process pool per function; share it across cases and
 * close it at the end.
 *
 * <p>Error documents name the task root AWS had, {@code /var/task}, in their stack traces, in place
 * of the temporary directory the code runs from here. Times are real: a function reports how long
 * it ran, and one still running when the caller's patience runs out is stopped and answers {@link
 * Invocation.Abandoned}.
 */
public final class PythonTestFunctions implements TestFunctionRunner, AutoCloseable {
  /** The runtime AWS ran the recorded cases' functions on. */
  public static final String RUNTIME = "python3.12";

  /** Longer than {@code wait_60_seconds.py} sleeps, so only a state's TimeoutSeconds cuts it. */
  private static final Duration FUNCTION_TIMEOUT = Duration.ofSeconds(90);

  private static final String AWS_TASK_ROOT = "/var/task";

  private final io.stepwell.functions.FunctionHost host;
  private final Path code;
  private final Map<String, String> taskRoots = new TreeMap<>();
  private final ExecutorService waiters = Executors.newVirtualThreadPerTaskExecutor();

  private PythonTestFunctions(io.stepwell.functions.FunctionHost host, Path code) {
    this.host = host;
    this.code = code;
  }

  /** Deploys every function on the {@code python3} found on {@code PATH}. */
  public static PythonTestFunctions start() {
    return start("python3");
  }

  /**
   * Deploys every function on {@code python}, a path or a name looked up on {@code PATH}.
   *
   * @throws io.stepwell.functions.InvalidFunctionException when the interpreter cannot be run
   */
  public static PythonTestFunctions start(String python) {
    Path code;
    try {
      code = Files.createTempDirectory("stepwell-python-functions-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    io.stepwell.functions.FunctionHost host =
        new io.stepwell.functions.FunctionHost(
            List.of(ProcessRuntime.builder().python(python).build()));
    PythonTestFunctions functions = new PythonTestFunctions(host, code);
    try {
      for (TestFunction f : TestFunction.values()) {
        functions.deploy(f);
      }
    } catch (RuntimeException e) {
      functions.close();
      throw e;
    }
    return functions;
  }

  private void deploy(TestFunction function) {
    String file = function.baseName() + ".py";
    Path root = code.resolve(function.baseName());
    try (InputStream in = PythonTestFunctions.class.getResourceAsStream("python/" + file)) {
      if (in == null) {
        throw new IllegalStateException(
            "The Python function " + file + " is not on the class path");
      }
      Files.createDirectories(root);
      Files.copy(in, root.resolve("handler.py"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    host.register(
        FunctionConfig.of(function.baseName(), RUNTIME, "handler.handler", root)
            .withTimeout(FUNCTION_TIMEOUT));
    taskRoots.put(function.baseName(), root.toAbsolutePath().normalize().toString());
  }

  @Override
  public Invocation run(
      TestFunction function, Object event, String payload, String requestId, Duration patience) {
    long started = System.nanoTime();
    Future<io.stepwell.functions.Invocation> answer =
        waiters.submit(() ->
            host.invoke(
                function.baseName(),
                Payload.ofUtf8(payload),
                InvokeOptions.defaults().withRequestId(requestId)));
    io.stepwell.functions.Invocation invocation;
    try {
      invocation =
          patience == null ? answer.get() : answer.get(patience.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      answer.cancel(true); // the interrupt stops the process
      return new Invocation.Abandoned(requestId, Duration.ofNanos(System.nanoTime() - started));
    } catch (InterruptedException e) {
      answer.cancel(true);
      Thread.currentThread().interrupt();
      return new Invocation.Abandoned(requestId, Duration.ofNanos(System.nanoTime() - started));
    } catch (ExecutionException e) {
      throw new IllegalStateException("Invoking " + function.baseName() + " failed", e.getCause());
    }
    return switch (invocation) {
      case io.stepwell.functions.Invocation.Success s ->
          new Invocation.Completed(requestId, s.payload().utf8(), null, s.duration());
      case io.stepwell.functions.Invocation.FunctionError f ->
          new Invocation.Completed(
              requestId,
              f.payload().utf8().replace(taskRoots.get(function.baseName()), AWS_TASK_ROOT),
              f.functionError(),
              f.duration());
      case io.stepwell.functions.Invocation.ServiceError e ->
          new Invocation.ServiceError(requestId, e.errorCode(), e.statusCode(), e.message());
    };
  }

  /** Stops every process and removes the deployed copies of the files. */
  @Override
  public void close() {
    waiters.shutdownNow();
    host.close();
    try (Stream<Path> files = Files.walk(code)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // Only temporary copies are left behind.
    }
  }
}
