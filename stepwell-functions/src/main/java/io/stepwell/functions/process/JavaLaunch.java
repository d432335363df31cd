package io.stepwell.functions.process;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a {@code java21} function starts in a JVM of its own: AWS's runtime interface client ({@code
 * AWSLambda}) with the handler as its argument and Lambda's JVM options for short-lived functions;
 * it loads the function from {@code LAMBDA_TASK_ROOT} (classes and {@code lib/*.jar}), as on
 * Lambda.
 */
final class JavaLaunch {
  static final String MAIN_CLASS = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";

  /** A class of each jar the client needs, to find the jars on a class path. */
  private static final List<String> MARKER_CLASSES =
      List.of(
          "com/amazonaws/services/lambda/runtime/api/client/AWSLambda.class",
          "com/amazonaws/services/lambda/runtime/RequestHandler.class",
          "com/amazonaws/services/lambda/runtime/serialization/PojoSerializer.class",
          "software/amazon/awssdk/utilslite/SdkInternalThreadLocal.class");

  private JavaLaunch() {}

  static List<String> command(String java, List<Path> classPath, String handler) {
    List<String> command = new ArrayList<>();
    command.add(java);
    // Lambda's java21 options: a quick start rather than peak speed, and a small heap collector.
    command.addAll(
        List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
    // The client loads its JNI library (Java 22 and later warn on every start without the first)
    // and opens the telemetry log descriptor by reflection on FileDescriptor (it falls back to
    // unframed standard output without the second).
    command.add("--enable-native-access=ALL-UNNAMED");
    command.add("--add-opens=java.base/java.io=ALL-UNNAMED");
    command.add("-cp");
    command.add(String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList()));
    command.add(MAIN_CLASS);
    command.add(handler);
    return command;
  }

  /** The {@code java} running Stepwell. */
  static String currentJava() {
    return ProcessHandle.current().info().command().orElse("java");
  }

  /** The client's jars as Stepwell's own class loader sees them, if all are there. */
  static Optional<List<Path>> classPathOfThisJvm() {
    List<Path> jars = new ArrayList<>();
    ClassLoader loader = JavaLaunch.class.getClassLoader();
    for (String marker : MARKER_CLASSES) {
      URL url = loader.getResource(marker);
      if (url == null || !url.getProtocol().equals("jar")) {
        return Optional.empty();
      }
      String file = url.getPath().substring(0, url.getPath().indexOf("!/"));
      try {
        jars.add(Path.of(new URI(file)));
      } catch (URISyntaxException | IllegalArgumentException e) {
        return Optional.empty();
      }
    }
    return Optional.of(List.copyOf(jars));
  }
}
