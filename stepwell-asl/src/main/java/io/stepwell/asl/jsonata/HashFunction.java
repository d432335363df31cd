package io.stepwell.asl.jsonata;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * {@code $hash(value, algorithm)}: the lowercase hex digest of the string's UTF-8 bytes with {@code
 * MD5}, {@code SHA-1}, {@code SHA-256}, {@code SHA-384} or {@code SHA-512}, spelled exactly so. An
 * absent algorithm gives nothing; a value that is not a string is a signature error.
 */
final class HashFunction implements AddedFunction {
  private static final Set<String> ALGORITHMS =
      Set.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");

  @Override
  public String name() {
    return "hash";
  }

  @Override
  public String signature() {
    return "<x?x?x?:x>";
  }

  @Override
  public Object apply(List<?> arguments, Invocation invocation) {
    AddedFunction.rejectArgumentsFrom(arguments, 2, name());
    if (!(AddedFunction.argument(arguments, 0) instanceof String value)) {
      throw AddedFunctionError.signature(name(), 1);
    }
    Object algorithmArgument = AddedFunction.argument(arguments, 1);
    if (algorithmArgument == null) {
      return null;
    }
    if (!(algorithmArgument instanceof String algorithm)) {
      throw AddedFunctionError.signature(name(), 2);
    }
    if (!ALGORITHMS.contains(algorithm)) {
      throw AddedFunctionError.invalid(
          "Hash algorithm '"
              + algorithm
              + "' must be one of SHA-1, SHA-384, SHA-256, SHA-512, MD5");
    }
    try {
      MessageDigest digest = MessageDigest.getInstance(algorithm);
      return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      // Every JDK ships these five.
      throw new IllegalStateException(e);
    }
  }
}
