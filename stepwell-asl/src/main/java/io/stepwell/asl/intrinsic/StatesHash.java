package io.stepwell.asl.intrinsic;

import io.stepwell.asl.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * {@code States.Hash(data, algorithm)}: the lowercase hex digest of the UTF-8 bytes of {@code data}
 * (at most 10,000 characters) with {@code MD5}, {@code SHA-1}, {@code SHA-256}, {@code SHA-384} or
 * {@code SHA-512}, spelled exactly so. AWS hashes a non-string {@code data} as its JSON text.
 */
record StatesHash() implements IntrinsicFunction {
  private static final Set<String> ALGORITHMS =
      Set.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");

  @Override
  public String name() {
    return "States.Hash";
  }

  @Override
  public Object apply(Invocation call) {
    Args.requireCount(call, this, 2);
    Object data = call.value(0);
    String text = data instanceof String s ? s : Json.write(data);
    String algorithm = Args.string(call.value(1), this);
    if (text.length() > StatesBase64Encode.MAX_INPUT_CHARS || !ALGORITHMS.contains(algorithm)) {
      throw IntrinsicError.invalidArguments(this);
    }
    try {
      MessageDigest digest = MessageDigest.getInstance(algorithm);
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      // Every JDK ships these five.
      throw new IllegalStateException(e);
    }
  }
}
