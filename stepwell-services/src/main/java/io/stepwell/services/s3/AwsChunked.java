package io.stepwell.services.s3;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Decodes {@code aws-chunked} bodies, which the AWS SDKs send for uploads ({@code
 * x-amz-content-sha256: STREAMING-...}): chunks of {@code <hex size>[;chunk-signature=...]\r\n
 * <data>\r\n}, a chunk of size 0, then trailing headers (checksums), which are not checked here.
 */
final class AwsChunked {
  private AwsChunked() {}

  /** Whether a request with these header values has an aws-chunked body. */
  static boolean applies(String contentSha256, String contentEncoding) {
    return (contentSha256 != null && contentSha256.startsWith("STREAMING-"))
        || (contentEncoding != null && contentEncoding.contains("aws-chunked"));
  }

  /**
   * The payload.
   *
   * @throws IllegalArgumentException when the body is not aws-chunked
   */
  static byte[] decode(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length);
    int at = 0;
    while (true) {
      int eol = indexOfCrlf(body, at);
      if (eol < 0) {
        throw new IllegalArgumentException("an aws-chunked chunk header has no end");
      }
      String header = new String(body, at, eol - at, StandardCharsets.US_ASCII);
      int semi = header.indexOf(';');
      int size = Integer.parseInt((semi < 0 ? header : header.substring(0, semi)).trim(), 16);
      at = eol + 2;
      if (size == 0) {
        return out.toByteArray();
      }
      if (at + size > body.length) {
        throw new IllegalArgumentException("an aws-chunked chunk is shorter than its size");
      }
      out.write(body, at, size);
      at += size + 2;
    }
  }

  private static int indexOfCrlf(byte[] b, int from) {
    for (int i = from; i + 1 < b.length; i++) {
      if (b[i] == '\r' && b[i + 1] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
