package io.stepwell.asl.intrinsic;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * {@code States.Base64Encode(string)}: the UTF-8 bytes of a string of at most 10,000 characters, in
 * standard Base64 with padding.
 */
record StatesBase64Encode() implements IntrinsicFunction {
  static final int MAX_INPUT_CHARS = 10_000;

  @Override
  public String name() {
    return "States.Base64Encode";
  }

  @Override
  public Object apply(Invocation call) {
    Args.requireCount(call, this, 1);
    String text = Args.string(call.value(0), this);
    if (text.length() > MAX_INPUT_CHARS) {
      throw IntrinsicError.invalidArguments(this);
    }
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
