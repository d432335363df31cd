package io.stepwell.services.s3;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.stepwell.engine.bucket.BucketStore;
import io.stepwell.engine.bucket.BucketStoreException;
import io.stepwell.engine.bucket.ObjectInfo;
import io.stepwell.server.ServerFeature;
import io.stepwell.server.ServerParts;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * S3's REST API, path-style, under {@code /s3} so it leaves the server's other paths ({@code /},
 * {@code /health}, {@code /2015-03-31/...}, {@code /sms/...}) alone: point a client at {@code
 * http://host:port/s3} with path-style addressing (SDK v2: {@code
 * endpointOverride(URI.create("http://127.0.0.1:8083/s3")).forcePathStyle(true)}; CLI: {@code
 * --endpoint-url http://127.0.0.1:8083/s3}). Requests are not authenticated.
 */
public final class S3Api implements ServerFeature {
  /** The path prefix the API lives under. */
  public static final String PREFIX = "/s3";

  private static final HeaderName ETAG = HeaderNames.create("ETag");
  private static final HeaderName REQUEST_ID = HeaderNames.create("x-amz-request-id");
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  private final BucketStore store;

  /** An API over {@code store} (the engine's, so workflows and clients see the same objects). */
  public S3Api(BucketStore store) {
    this.store = store;
  }

  @Override
  public void register(HttpRouting.Builder routing, ServerParts parts) {
    routing.get(PREFIX + "/*", this::handle);
    routing.put(PREFIX + "/*", this::handle);
    routing.head(PREFIX + "/*", this::handle);
  }

  private void handle(ServerRequest req, ServerResponse res) {
    String requestId =
        UUID.randomUUID()
            .toString()
            .replace("-", "")
            .substring(0, 16)
            .toUpperCase(java.util.Locale.ROOT);
    res.header(REQUEST_ID, requestId);
    String method = req.prologue().method().text();
    String rest = req.path().rawPath().substring(PREFIX.length() + 1);
    int slash = rest.indexOf('/');
    String bucket = decode(slash < 0 ? rest : rest.substring(0, slash));
    String key = slash < 0 || slash == rest.length() - 1 ? null : decode(rest.substring(slash + 1));
    boolean head = method.equals("HEAD");
    try {
      if (bucket.isEmpty()) {
        throw new S3Error(
            405, "MethodNotAllowed", "Listing buckets is not supported here", null, null);
      }
      switch (method) {
        case "PUT" -> {
          if (key == null) {
            store.createBucket(bucket);
            res.header(HeaderNames.LOCATION, "/" + bucket);
          } else {
            byte[] body = body(req);
            store.put(bucket, key, body);
            res.header(ETAG, ObjectInfo.etagOf(body));
          }
          res.send();
        }
        case "GET", "HEAD" -> {
          if (key == null) {
            bucketRead(req, res, bucket, head);
          } else {
            objectRead(res, bucket, key, head);
          }
        }
        default ->
            throw new S3Error(405, "MethodNotAllowed", "The method is not allowed", null, null);
      }
    } catch (BucketStoreException e) {
      String tag = e.errorCode().equals("NoSuchKey") ? "Key" : "BucketName";
      error(
          res,
          head,
          e.statusCode(),
          e.errorCode(),
          e.getMessage(),
          tag,
          tag.equals("Key") ? key : bucket,
          requestId);
    } catch (S3Error e) {
      error(res, head, e.status, e.code, e.getMessage(), e.tag, e.resource, requestId);
    } catch (IllegalArgumentException e) {
      error(res, head, 400, "InvalidArgument", e.getMessage(), null, null, requestId);
    }
  }

  private void bucketRead(ServerRequest req, ServerResponse res, String bucket, boolean head) {
    String listType = req.query().first("list-type").asOptional().orElse(null);
    if (head) {
      store.list(bucket, "\uffff"); // throws NoSuchBucket
      res.send();
      return;
    }
    if (!"2".equals(listType)) {
      throw new S3Error(
          501, "NotImplemented", "Only ListObjectsV2 (list-type=2) is served here", null, null);
    }
    int maxKeys;
    try {
      maxKeys = req.query().first("max-keys").asOptional().map(Integer::parseInt).orElse(1000);
    } catch (NumberFormatException e) {
      maxKeys = -1;
    }
    if (maxKeys < 0) {
      throw new S3Error(
          400,
          "InvalidArgument",
          "Provided max-keys not an integer or within integer range",
          null,
          null);
    }
    String token = req.query().first("continuation-token").asOptional().orElse(null);
    S3Xml.ListPage page =
        S3Listing.page(
            store,
            bucket,
            req.query().first("prefix").asOptional().orElse(""),
            req.query().first("delimiter").asOptional().orElse(null),
            req.query().first("start-after").asOptional().orElse(null),
            token,
            Math.min(maxKeys, 1000));
    boolean url = "url".equals(req.query().first("encoding-type").asOptional().orElse(null));
    res.header(HeaderNames.CONTENT_TYPE, "application/xml");
    res.send(S3Xml.listV2(page, url).getBytes(StandardCharsets.UTF_8));
  }

  private void objectRead(ServerResponse res, String bucket, String key, boolean head) {
    byte[] content = store.get(bucket, key);
    ObjectInfo info =
        store.list(bucket, key).stream()
            .filter(o -> o.key().equals(key))
            .findFirst()
            .orElse(ObjectInfo.of(key, content, java.time.Instant.now()));
    res.header(HeaderNames.CONTENT_TYPE, "binary/octet-stream");
    res.header(ETAG, info.etag());
    res.header(HeaderNames.LAST_MODIFIED, HTTP_DATE.format(info.lastModified()));
    if (head) {
      res.header(HeaderNames.CONTENT_LENGTH, String.valueOf(content.length));
      res.send();
    } else {
      res.send(content);
    }
  }

  private static byte[] body(ServerRequest req) {
    byte[] raw = req.content().hasEntity() ? req.content().as(byte[].class) : new byte[0];
    String sha = req.headers().first(HeaderNames.create("x-amz-content-sha256")).orElse(null);
    String encoding = req.headers().first(HeaderNames.CONTENT_ENCODING).orElse(null);
    return AwsChunked.applies(sha, encoding) ? AwsChunked.decode(raw) : raw;
  }

  private static void error(
      ServerResponse res,
      boolean head,
      int status,
      String code,
      String message,
      String tag,
      String resource,
      String requestId) {
    res.status(Status.create(status));
    if (head) {
      res.send();
      return;
    }
    res.header(HeaderNames.CONTENT_TYPE, "application/xml");
    res.send(S3Xml.error(code, message, tag, resource, requestId).getBytes(StandardCharsets.UTF_8));
  }

  /** Path segments are percent-encoded; a '+' is a plus sign there, not a space. */
  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /** An S3 error raised here rather than by the store. */
  private static final class S3Error extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;
    final String code;
    final String tag;
    final String resource;

    S3Error(int status, String code, String message, String tag, String resource) {
      super(message);
      this.status = status;
      this.code = code;
      this.tag = tag;
      this.resource = resource;
    }
  }
}
