package io.stepwell.functions.java;

import io.stepwell.functions.FunctionSpec;
import io.stepwell.functions.InvalidFunctionException;
import io.stepwell.functions.api.EnvironmentBinding;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One of a function's execution environments: what Lambda gives its own JVM. It has its own class
 * loader (so static state is per environment, as on Lambda), its own handler instance made by the
 * init phase, and its own log stream name. It runs one invocation at a time.
 */
final class ExecutionEnvironment implements AutoCloseable {
  private static final DateTimeFormatter STREAM_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

  private final URLClassLoader loader;
  private final JavaHandler handler;
  private final String logStreamName;
  private final Map<String, String> variables;

  private ExecutionEnvironment(
      URLClassLoader loader,
      JavaHandler handler,
      String logStreamName,
      Map<String, String> variables) {
    this.loader = loader;
    this.handler = handler;
    this.logStreamName = logStreamName;
    this.variables = variables;
  }

  /**
   * The init phase: loads the handler class (running its static initialisers) and makes the
   * handler, with the function's environment bound and its class loader as the context loader.
   *
   * @throws InvalidFunctionException when the class or handler cannot be loaded or made
   */
  @SuppressWarnings("try") // the binding is used for its scope only
  static ExecutionEnvironment start(FunctionSpec spec, HandlerName handlerName, URL[] code) {
    String function = spec.config().name();
    String stream =
        LocalDate.now(ZoneOffset.UTC).format(STREAM_DATE)
            + "/["
            + FunctionSpec.VERSION
            + "]"
            + UUID.randomUUID().toString().replace("-", "");
    Map<String, String> variables = new LinkedHashMap<>(spec.environment());
    variables.put("AWS_LAMBDA_LOG_STREAM_NAME", stream);
    URLClassLoader loader = new URLClassLoader(code, SharedApiLoader.INSTANCE);
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    boolean started = false;
    try (EnvironmentBinding binding = EnvironmentBinding.bind(variables)) {
      Class<?> type = Class.forName(handlerName.className(), true, loader);
      JavaHandler handler =
          new HandlerResolver(function, new PojoMapper(loader))
              .resolve(type, handlerName.methodName());
      started = true;
      return new ExecutionEnvironment(loader, handler, stream, Map.copyOf(variables));
    } catch (ClassNotFoundException e) {
      throw new InvalidFunctionException(
          "Function "
              + function
              + ": Class not found: "
              + handlerName.className()
              + " (code: "
              + spec.config().code()
              + ").",
          e);
    } catch (ExceptionInInitializerError e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw loadError(function, handlerName, cause);
    } catch (LinkageError e) {
      throw loadError(function, handlerName, e);
    } finally {
      thread.setContextClassLoader(previous);
      if (!started) {
        closeQuietly(loader);
      }
    }
  }

  JavaHandler handler() {
    return handler;
  }

  ClassLoader loader() {
    return loader;
  }

  String logStreamName() {
    return logStreamName;
  }

  Map<String, String> variables() {
    return variables;
  }

  @Override
  public void close() {
    closeQuietly(loader);
  }

  private static InvalidFunctionException loadError(
      String function, HandlerName handlerName, Throwable cause) {
    return new InvalidFunctionException(
        "Function "
            + function
            + ": Error loading class "
            + handlerName.className()
            + (cause.getMessage() == null
                ? ": " + cause.getClass().getName()
                : ": " + cause.getMessage()),
        cause);
  }

  private static void closeQuietly(URLClassLoader loader) {
    try {
      loader.close();
    } catch (IOException e) {
      // Closing only releases open jar files; a failure leaves them to the garbage collector.
    }
  }
}
