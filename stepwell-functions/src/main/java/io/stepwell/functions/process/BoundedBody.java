package io.stepwell.functions.process;

import io.stepwell.functions.Payload;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A request body read up to a limit: what a runtime posts is kept only while it fits, so a runaway
 * function cannot fill the host's memory.
 *
 * @param payload the body, or its first {@code limit + 1} bytes when {@link #overLimit()}
 * @param overLimit whether the body was longer than the limit
 */
record BoundedBody(Payload payload, boolean overLimit) {
  static BoundedBody read(InputStream in, int limit) throws IOException {
    byte[] kept = in.readNBytes(limit + 1);
    boolean over = kept.length > limit;
    if (over) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return new BoundedBody(Payload.of(kept), over);
  }
}
