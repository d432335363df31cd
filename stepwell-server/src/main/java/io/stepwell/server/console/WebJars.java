package io.stepwell.server.console;

import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The WebJars on the classpath, served at {@code /webjars/<name>/<version>/<path>} from {@code
 * META-INF/resources/webjars/}. Their URLs carry the version, so browsers may keep them a year.
 */
final class WebJars {
  static final String PREFIX = "/webjars/";
  private static final String RESOURCES = "META-INF/resources/webjars/";
  private final ClassLoader loader;
  private final Map<String, String> versions = new ConcurrentHashMap<>();

  WebJars(ClassLoader loader) {
    this.loader = loader;
  }

  /**
   * The version of the npm WebJar {@code artifact} on the classpath (for example {@code lit} or
   * {@code lit__reactive-element}).
   *
   * @throws IllegalStateException when it is not on the classpath
   */
  String version(String artifact) {
    return versions.computeIfAbsent(artifact, this::readVersion);
  }

  private String readVersion(String artifact) {
    String pom = "META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
    URL url = loader.getResource(pom);
    if (url == null) {
      throw new IllegalStateException("WebJar " + artifact + " is not on the classpath");
    }
    Properties props = new Properties();
    try (InputStream in = url.openStream()) {
      props.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return props.getProperty("version");
  }

  void handle(ServerRequest req, ServerResponse res) {
    String path = req.path().path();
    Optional<StaticFile> file =
        path.startsWith(PREFIX)
            ? StaticFile.load(loader, RESOURCES, path.substring(PREFIX.length()))
            : Optional.empty();
    if (file.isEmpty()) {
      StaticFile.notFound(res);
      return;
    }
    file.get().send(req, res, StaticFile.IMMUTABLE);
  }
}
