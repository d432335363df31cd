package io.stepwell.asl.intrinsic;

import java.nio.charset.StandardCharsets;

/**
 * {@code States.Base64Decode(base64)}: the text (UTF-8) that a Base64 string of at most 10,000
 * characters encodes. AWS decodes leniently, and so does this: see {@link LenientBase64}.
 */
record StatesBase64Decode() implements IntrinsicFunction {
  @Override
  public String name() {
    return "States.Base64Decode";
  }

  @Override
  public Object apply(Invocation call) {
    Args.requireCount(call, this, 1);
    String base64 = Args.string(call.value(0), this);
    if (base64.length() > StatesBase64Encode.MAX_INPUT_CHARS) {
      throw IntrinsicError.invalidArguments(this);
    }
    return new String(LenientBase64.decode(base64), StandardCharsets.UTF_8);
  }
}
