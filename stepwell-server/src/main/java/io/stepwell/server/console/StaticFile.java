package io.stepwell.server.console;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A file read from the classpath, with the entity tag that lets a browser revalidate it cheaply.
 *
 * @param bytes its content
 * @param etag a quoted hash of the content
 * @param contentType the media type it is sent with
 */
@SuppressWarnings("ArrayRecordComponent") // bytes sent as they are; the etag identifies them
record StaticFile(byte[] bytes, String etag, String contentType) {

  /** {@code Cache-Control} for files whose URL names their version: kept for a year. */
  static final String IMMUTABLE = "public, max-age=31536000, immutable";

  /** {@code Cache-Control} for the console's own files: kept, but revalidated on every use. */
  static final String REVALIDATE = "no-cache";

  static StaticFile of(byte[] bytes, String name) {
    return new StaticFile(bytes, etagOf(bytes), ContentTypes.of(name));
  }

  /**
   * The resource {@code root + relative}, when {@code relative} is a plain relative path (no {@code
   * ..}, no empty segment, no backslash) and the resource exists.
   */
  static Optional<StaticFile> load(ClassLoader loader, String root, String relative) {
    if (!isPlainRelative(relative)) {
      return Optional.empty();
    }
    URL url = loader.getResource(root + relative);
    if (url == null || relative.endsWith("/")) {
      return Optional.empty();
    }
    try (InputStream in = url.openStream()) {
      return Optional.of(of(in.readAllBytes(), relative));
    } catch (IOException e) {
      // a directory inside a jar cannot be opened: not a file
      return Optional.empty();
    }
  }

  static boolean isPlainRelative(String path) {
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("\0")) {
      return false;
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals("..") || segment.equals(".")) {
        return false;
      }
    }
    return true;
  }

  /** Sends this file, or 304 when the browser's copy is current. */
  void send(ServerRequest req, ServerResponse res, String cacheControl) {
    res.header(HeaderNames.CACHE_CONTROL, cacheControl);
    res.header(HeaderNames.ETAG, etag);
    boolean current =
        req.headers().first(HeaderNames.IF_NONE_MATCH).map(etag::equals).orElse(false);
    if (current) {
      res.status(Status.NOT_MODIFIED_304).send();
      return;
    }
    res.header(HeaderNames.CONTENT_TYPE, contentType);
    res.header(HeaderNames.create("X-Content-Type-Options"), "nosniff");
    res.send(bytes);
  }

  static void notFound(ServerResponse res) {
    res.status(Status.NOT_FOUND_404);
    res.header(HeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8");
    res.send("Not found");
  }

  private static String etagOf(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new UncheckedIOException(new IOException("SHA-256 is missing", e));
    }
  }
}
