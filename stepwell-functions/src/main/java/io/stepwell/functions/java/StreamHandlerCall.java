package io.stepwell.functions.java;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** A {@code RequestStreamHandler}: the event's bytes in, whatever it writes out. */
record StreamHandlerCall(RequestStreamHandler handler) implements JavaHandler {
  @Override
  public byte[] handle(byte[] event, Context context) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    handler.handleRequest(new ByteArrayInputStream(event), out, context);
    return out.toByteArray();
  }
}
