package io.stepwell.functions.java;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JavaType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * A {@code Class::method} handler: a public method, static or on an instance made once per
 * execution environment, taking one of the parameter lists Lambda's Java runtime accepts.
 *
 * @param target the instance, or {@code null} for a static method
 * @param input the event's type when the method takes one, else {@code null}
 */
record MethodCall(Object target, Method method, Shape shape, JavaType input, PojoMapper mapper)
    implements JavaHandler {

  /** The parameter lists a handler method may have. */
  enum Shape {
    /** {@code ()} */
    NOTHING,
    /** {@code (I)} */
    EVENT,
    /** {@code (I, Context)} */
    EVENT_CONTEXT,
    /** {@code (Context)} */
    CONTEXT,
    /** {@code (InputStream, OutputStream)} */
    STREAMS,
    /** {@code (InputStream, OutputStream, Context)} */
    STREAMS_CONTEXT;

    boolean streams() {
      return this == STREAMS || this == STREAMS_CONTEXT;
    }
  }

  @Override
  public byte[] handle(byte[] event, Context context) throws Throwable {
    ByteArrayOutputStream out = shape.streams() ? new ByteArrayOutputStream() : null;
    Object[] args =
        switch (shape) {
          case NOTHING -> new Object[0];
          case EVENT -> new Object[] {mapper.read(event, input)};
          case EVENT_CONTEXT -> new Object[] {mapper.read(event, input), context};
          case CONTEXT -> new Object[] {context};
          case STREAMS -> new Object[] {new ByteArrayInputStream(event), out};
          case STREAMS_CONTEXT -> new Object[] {new ByteArrayInputStream(event), out, context};
        };
    Object result;
    try {
      result = method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
    if (out != null) {
      return out.toByteArray();
    }
    return method.getReturnType() == void.class ? PojoMapper.nullResponse() : mapper.write(result);
  }
}
