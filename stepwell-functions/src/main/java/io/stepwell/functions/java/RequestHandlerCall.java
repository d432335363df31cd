package io.stepwell.functions.java;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.JavaType;

/** A {@code RequestHandler<I, O>}: the event read as {@code I}, the {@code O} written as JSON. */
record RequestHandlerCall(RequestHandler<Object, Object> handler, JavaType input, PojoMapper mapper)
    implements JavaHandler {
  @Override
  public byte[] handle(byte[] event, Context context) {
    return mapper.write(handler.handleRequest(mapper.read(event, input), context));
  }
}
