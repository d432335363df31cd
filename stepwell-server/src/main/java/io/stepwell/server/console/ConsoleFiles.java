package io.stepwell.server.console;

import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The console's own files, {@code console/**} on the classpath, served at {@code /console/**}; and
 * its page, {@code console/index.html}, served at {@code /} with each {@code {{webjar:<artifact>}}}
 * replaced by that WebJar's version (the import map names exact versions).
 */
final class ConsoleFiles {
  static final String PREFIX = "/console/";
  private static final String ROOT = "console/";
  private static final Pattern WEBJAR = Pattern.compile("\\{\\{webjar:([A-Za-z0-9_.-]+)}}");
  private final ClassLoader loader;
  private final WebJars webJars;
  private final Map<String, Optional<StaticFile>> cache = new ConcurrentHashMap<>();
  private volatile StaticFile index;

  ConsoleFiles(ClassLoader loader, WebJars webJars) {
    this.loader = loader;
    this.webJars = webJars;
  }

  void handle(ServerRequest req, ServerResponse res) {
    String path = req.path().path();
    Optional<StaticFile> file =
        path.startsWith(PREFIX)
            ? cache.computeIfAbsent(
                path, p -> StaticFile.load(loader, ROOT, p.substring(PREFIX.length())))
            : Optional.empty();
    if (file.isEmpty()) {
      StaticFile.notFound(res);
      return;
    }
    file.get().send(req, res, StaticFile.REVALIDATE);
  }

  void index(ServerRequest req, ServerResponse res) {
    index().send(req, res, StaticFile.REVALIDATE);
  }

  StaticFile index() {
    StaticFile page = index;
    if (page == null) {
      StaticFile template =
          StaticFile.load(loader, ROOT, "index.html")
              .orElseThrow(() -> new IllegalStateException("console/index.html is missing"));
      String html = new String(template.bytes(), StandardCharsets.UTF_8);
      Matcher m = WEBJAR.matcher(html);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(out, Matcher.quoteReplacement(webJars.version(m.group(1))));
      }
      m.appendTail(out);
      page = StaticFile.of(out.toString().getBytes(StandardCharsets.UTF_8), "index.html");
      index = page;
    }
    return page;
  }
}
