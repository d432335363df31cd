package io.stepwell.server.lambda;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

/** Digests of code: Lambda's {@code CodeSha256}, and a cheap fingerprint to notice changes. */
final class CodeDigest {
  private CodeDigest() {}

  /** Base64 of the SHA-256 of {@code bytes}, as Lambda reports an uploaded package. */
  static String sha256(byte[] bytes) {
    return Base64.getEncoder().encodeToString(sha().digest(bytes));
  }

  /**
   * The digest and size of a local jar (its bytes) or directory (each file's relative path and
   * bytes, in path order).
   */
  static FunctionCode describe(Path path, FunctionCode.Kind kind) {
    MessageDigest digest = sha();
    long size = 0;
    try {
      for (Path file : files(path)) {
        if (!file.equals(path)) {
          digest.update(path.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
          digest.update((byte) 0);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
          size += in.transferTo(OutputStream.nullOutputStream());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new FunctionCode(path, Base64.getEncoder().encodeToString(digest.digest()), size, kind);
  }

  /**
   * A number that changes when a file under {@code path} is added, removed, resized or touched; it
   * reads no file contents, so it is cheap enough to compute every poll.
   */
  static long fingerprint(Path path) {
    long h = 17;
    try {
      for (Path file : files(path)) {
        h = 31 * h + file.hashCode();
        h = 31 * h + Files.size(file);
        h = 31 * h + Files.getLastModifiedTime(file).toMillis();
      }
    } catch (IOException | UncheckedIOException e) {
      // A file vanished while we looked (a build is writing): report a value that differs.
      return h ^ System.nanoTime();
    }
    return h;
  }

  private static List<Path> files(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return Files.isRegularFile(path) ? List.of(path) : List.of();
    }
    try (Stream<Path> walk = Files.walk(path)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static MessageDigest sha() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
