package io.stepwell.server.lambda;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Turns a request's {@code Code} into files the runtime loads: {@code ZipFile} (a jar or zip,
 * base64) is unpacked under the data folder; {@code S3Bucket: "hot-reload"} with an absolute {@code
 * S3Key} names a local jar or classes directory, LocalStack's convention for hot reloading.
 */
final class CodeStore {
  /** The bucket names LocalStack treats as "this key is a local path". */
  static final Set<String> HOT_RELOAD_BUCKETS = Set.of("hot-reload", "__local__");

  /** Lambda's limit on a function's unzipped code. */
  static final long MAX_UNZIPPED_BYTES = 262_144_000L;

  /** Lambda's limit on a package uploaded directly. */
  static final long MAX_ZIPPED_BYTES = 52_428_800L;

  private final Path root;
  private final long maxZipped;
  private final long maxUnzipped;

  CodeStore(Path root) {
    this(root, MAX_ZIPPED_BYTES, MAX_UNZIPPED_BYTES);
  }

  /** A store with other limits than Lambda's (tests use small ones). */
  CodeStore(Path root, long maxZipped, long maxUnzipped) {
    this.root = root;
    this.maxZipped = maxZipped;
    this.maxUnzipped = maxUnzipped;
  }

  /**
   * The code a {@code Code} object (or an {@code UpdateFunctionCode} body) names.
   *
   * @throws LambdaException {@code InvalidParameterValueException} when it names nothing usable
   */
  FunctionCode resolve(String function, Map<String, Object> code) {
    String zip = Members.string(code, "ZipFile");
    String bucket = Members.string(code, "S3Bucket");
    String key = Members.string(code, "S3Key");
    if (Members.string(code, "ImageUri") != null) {
      throw LambdaException.invalidParameter(
          "Container images are not supported here; use Code.ZipFile or a hot-reload path.");
    }
    if (zip != null) {
      return unpack(function, decode(zip));
    }
    if (bucket == null && key == null) {
      throw LambdaException.invalidParameter("Please provide a source for function code.");
    }
    if (bucket == null || !HOT_RELOAD_BUCKETS.contains(bucket)) {
      throw LambdaException.invalidParameter(
          "Error occurred while GetObject. S3 Error Code: NoSuchBucket. S3 Error Message: The"
              + " specified bucket does not exist");
    }
    return hotReload(key);
  }

  /** Deletes code this store unpacked; leaves the user's own files alone. */
  void discard(FunctionCode code) {
    if (code.kind() != FunctionCode.Kind.UPLOADED) {
      return;
    }
    try (Stream<Path> walk = Files.walk(code.path())) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // Another invocation may still hold a file open; the folder is only clutter.
    }
  }

  private static FunctionCode hotReload(String key) {
    if (key == null || key.isEmpty() || !Path.of(key).isAbsolute()) {
      throw LambdaException.invalidParameter(
          "A hot-reload S3Key must be an absolute path to a jar or classes directory, not '"
              + key
              + "'.");
    }
    Path path = Path.of(key).normalize();
    if (!Files.exists(path)) {
      throw LambdaException.invalidParameter("The hot-reload path " + path + " does not exist.");
    }
    return CodeDigest.describe(path, FunctionCode.Kind.HOT_RELOAD);
  }

  private static byte[] decode(String base64) {
    try {
      return Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw LambdaException.invalidContent("ZipFile is not valid base64.");
    }
  }

  private FunctionCode unpack(String function, byte[] zip) {
    if (zip.length > maxZipped) {
      throw new LambdaException(
          "RequestEntityTooLargeException",
          413,
          "Zipped size must be smaller than " + maxZipped + " bytes");
    }
    Path dir = root.resolve("functions").resolve(function).resolve(UUID.randomUUID().toString());
    try {
      Files.createDirectories(dir);
      long total = 0;
      int entries = 0;
      try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
        for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
          entries++;
          Path target = dir.resolve(entry.getName()).normalize();
          if (!target.startsWith(dir)) {
            throw unzipFailed();
          }
          if (entry.isDirectory()) {
            Files.createDirectories(target);
            continue;
          }
          Files.createDirectories(target.getParent());
          total += copyBounded(in, target, maxUnzipped - total, maxUnzipped);
        }
      }
      if (entries == 0) {
        throw unzipFailed();
      }
    } catch (ZipException e) {
      discardQuietly(dir);
      throw unzipFailed();
    } catch (IOException e) {
      discardQuietly(dir);
      throw new UncheckedIOException(e);
    } catch (LambdaException e) {
      discardQuietly(dir);
      throw e;
    }
    return new FunctionCode(dir, CodeDigest.sha256(zip), zip.length, FunctionCode.Kind.UPLOADED);
  }

  private static long copyBounded(InputStream in, Path target, long allowed, long limit)
      throws IOException {
    long written = 0;
    byte[] buffer = new byte[8192];
    try (var out = Files.newOutputStream(target)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        written += n;
        if (written > allowed) {
          throw LambdaException.invalidParameter(
              "Unzipped size must be smaller than " + limit + " bytes");
        }
        out.write(buffer, 0, n);
      }
    }
    return written;
  }

  private void discardQuietly(Path dir) {
    discard(new FunctionCode(dir, "", 0, FunctionCode.Kind.UPLOADED));
  }

  private static LambdaException unzipFailed() {
    return LambdaException.invalidParameter(
        "Could not unzip uploaded file. Please check your file, then try to upload again.");
  }
}
