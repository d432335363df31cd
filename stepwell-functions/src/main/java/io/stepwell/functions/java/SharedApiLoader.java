package io.stepwell.functions.java;

import io.stepwell.functions.api.StepwellEnvironment;

/**
 * The parent of every function class loader: the JDK's platform classes, plus the few host types
 * function code must share with the host. Sharing aws-lambda-java-core's types means the {@code
 * Context} the host makes is the {@code Context} the handler declares, even when the function's jar
 * bundles its own copy of aws-lambda-java-core (parent first, so the host's copy wins).
 */
final class SharedApiLoader extends ClassLoader {
  static final SharedApiLoader INSTANCE = new SharedApiLoader(JavaRuntime.class.getClassLoader());

  private static final String LAMBDA_CORE = "com.amazonaws.services.lambda.runtime";
  private static final String LAMBDA_CORE_LOGGING = LAMBDA_CORE + ".logging";
  private static final String ENVIRONMENT = StepwellEnvironment.class.getName();

  static {
    registerAsParallelCapable();
  }

  private final ClassLoader host;

  private SharedApiLoader(ClassLoader host) {
    super("stepwell-shared-api", ClassLoader.getPlatformClassLoader());
    this.host = host;
  }

  /**
   * Whether {@code className} is shared: the two packages of aws-lambda-java-core exactly (not
   * {@code ...runtime.events} or {@code ...runtime.serialization}, which functions bring
   * themselves) and {@link StepwellEnvironment}.
   */
  static boolean isShared(String className) {
    int dot = className.lastIndexOf('.');
    String pkg = dot < 0 ? "" : className.substring(0, dot);
    return pkg.equals(LAMBDA_CORE)
        || pkg.equals(LAMBDA_CORE_LOGGING)
        || className.equals(ENVIRONMENT);
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (isShared(name)) {
      return host.loadClass(name);
    }
    return super.loadClass(name, resolve);
  }
}
