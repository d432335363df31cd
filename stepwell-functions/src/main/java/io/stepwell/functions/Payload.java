package io.stepwell.functions;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes of a request or response body, immutable. Lambda payloads are JSON text, but a stream
 * handler may answer any bytes, so this holds bytes and decodes them only on request.
 */
public final class Payload {
  private static final Payload EMPTY = new Payload(new byte[0]);

  private final byte[] bytes;

  private Payload(byte[] bytes) {
    this.bytes = bytes;
  }

  /** A payload holding a copy of {@code bytes}. */
  public static Payload of(byte[] bytes) {
    return bytes.length == 0 ? EMPTY : new Payload(bytes.clone());
  }

  /** A payload holding {@code text} encoded as UTF-8. */
  public static Payload ofUtf8(String text) {
    return text.isEmpty() ? EMPTY : new Payload(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The empty payload. */
  public static Payload empty() {
    return EMPTY;
  }

  /** Takes ownership of {@code bytes} without copying; only for arrays nobody else holds. */
  static Payload wrap(byte[] bytes) {
    return bytes.length == 0 ? EMPTY : new Payload(bytes);
  }

  /** A copy of the bytes. */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The bytes as a stream, without copying them. */
  public InputStream inputStream() {
    return new ByteArrayInputStream(bytes);
  }

  /** The number of bytes. */
  public int size() {
    return bytes.length;
  }

  public boolean isEmpty() {
    return bytes.length == 0;
  }

  /** The bytes decoded as UTF-8 (malformed sequences become U+FFFD). */
  public String utf8() {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Payload p && Arrays.equals(bytes, p.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  /** The text, for diagnostics. */
  @Override
  public String toString() {
    return utf8();
  }
}
