package io.stepwell.functions.java;

import io.stepwell.functions.DeployedFunction;
import io.stepwell.functions.ErrorDocument;
import io.stepwell.functions.FunctionSpec;
import io.stepwell.functions.InvalidFunctionException;
import io.stepwell.functions.Payload;
import io.stepwell.functions.RuntimeOutcome;
import io.stepwell.functions.RuntimeRequest;
import io.stepwell.functions.api.EnvironmentBinding;
import java.net.URL;
import java.util.Deque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Java function: a pool of idle {@link ExecutionEnvironment}s, the first made at deployment. Each
 * invocation takes an idle environment (or starts a new one, as Lambda scales out), runs on a
 * virtual thread of its own, and gives the environment back when it ends. An environment whose
 * invocation timed out or hit a {@link VirtualMachineError} is never reused: it is closed when its
 * thread ends, as Lambda discards a timed-out sandbox.
 */
final class JavaFunction implements DeployedFunction {
  private static final int RUNNING = 0;
  private static final int DONE = 1;
  private static final int ABANDONED = 2;

  private final FunctionSpec spec;
  private final HandlerName handlerName;
  private final URL[] code;
  private final Deque<ExecutionEnvironment> idle = new ConcurrentLinkedDeque<>();
  private volatile boolean closed;

  JavaFunction(FunctionSpec spec) {
    this.spec = spec;
    this.handlerName = HandlerName.parse(spec.config().name(), spec.config().handler());
    this.code = CodeLocation.urls(spec.config().name(), spec.config().code());
    idle.push(ExecutionEnvironment.start(spec, handlerName, code));
  }

  @Override
  public RuntimeOutcome invoke(RuntimeRequest request) {
    long deadline = System.nanoTime() + request.timeout().toNanos();
    InvocationLog log = new InvocationLog();
    AtomicInteger state = new AtomicInteger(RUNNING);
    FutureTask<RuntimeOutcome> task = new FutureTask<>(() -> run(request, deadline, log, state));
    Thread worker =
        Thread.ofVirtual()
            .name("function:" + spec.config().name() + ":" + request.requestId())
            .start(task);
    try {
      return task.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      if (state.compareAndSet(RUNNING, ABANDONED)) {
        // Seal first: what the function logs once interrupted is not part of the answer.
        RuntimeOutcome timedOut = new RuntimeOutcome.TimedOut(log.seal());
        worker.interrupt();
        return timedOut;
      }
      return finished(task);
    } catch (InterruptedException e) {
      if (state.compareAndSet(RUNNING, ABANDONED)) {
        worker.interrupt();
      }
      Thread.currentThread().interrupt();
      throw new CancellationException(
          "Invocation " + request.requestId() + " was interrupted while waiting for the function.");
    } catch (ExecutionException e) {
      throw new IllegalStateException("The Java runtime failed", e.getCause());
    }
  }

  @Override
  public void close() {
    closed = true;
    for (ExecutionEnvironment env; (env = idle.poll()) != null; ) {
      env.close();
    }
  }

  /** Runs on the invocation's virtual thread; answers every failure as an outcome. */
  @SuppressWarnings("try") // the binding is used for its scope only
  private RuntimeOutcome run(
      RuntimeRequest request, long deadline, InvocationLog log, AtomicInteger state) {
    ExecutionEnvironment env = null;
    boolean reusable = true;
    try {
      env = acquire();
      Thread.currentThread().setContextClassLoader(env.loader());
      RuntimeLoggerRoute.route(log);
      try (EnvironmentBinding binding = EnvironmentBinding.bind(env.variables())) {
        LambdaContext context =
            new LambdaContext(
                spec,
                request.requestId(),
                env.logStreamName(),
                request.xrayTraceId(),
                deadline,
                log);
        byte[] response = env.handler().handle(request.payload().bytes(), context);
        return new RuntimeOutcome.Returned(Payload.of(response), log.seal());
      }
    } catch (Throwable t) {
      reusable = !(t instanceof VirtualMachineError);
      Throwable fault =
          t instanceof InvalidFunctionException && t.getCause() != null ? t.getCause() : t;
      ErrorDocument document = JavaErrors.document(fault);
      log.log(JavaErrors.report(fault));
      return new RuntimeOutcome.Failed(document.toPayload(), log.seal());
    } finally {
      RuntimeLoggerRoute.route(null);
      boolean answered = state.compareAndSet(RUNNING, DONE);
      if (env != null) {
        if (answered && reusable) {
          release(env);
        } else {
          env.close();
        }
      }
    }
  }

  private ExecutionEnvironment acquire() {
    ExecutionEnvironment env = idle.poll();
    return env != null ? env : ExecutionEnvironment.start(spec, handlerName, code);
  }

  private void release(ExecutionEnvironment env) {
    idle.push(env);
    // close() may have drained the pool between the check and the push.
    if (closed && idle.remove(env)) {
      env.close();
    }
  }

  private static RuntimeOutcome finished(FutureTask<RuntimeOutcome> task) {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("Interrupted while reading a finished invocation.");
    } catch (ExecutionException e) {
      throw new IllegalStateException("The Java runtime failed", e.getCause());
    }
  }
}
