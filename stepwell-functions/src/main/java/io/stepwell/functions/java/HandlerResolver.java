package io.stepwell.functions.java;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JavaType;
import io.stepwell.functions.InvalidFunctionException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

/**
 * Finds the handler in a loaded class the way Lambda's Java runtime does, with its messages: a
 * class alone must implement {@code RequestStreamHandler} or {@code RequestHandler} with concrete
 * type parameters; {@code Class::method} picks among the public methods of that name the one with
 * the longest parameter list (a trailing {@code Context} counting one extra), ignoring bridges.
 */
final class HandlerResolver {
  private static final Comparator<Method> PRIORITY =
      Comparator.comparing(Method::isBridge)
          .thenComparing(Comparator.comparingInt(HandlerResolver::weight).reversed());

  private final String function;
  private final PojoMapper mapper;

  HandlerResolver(String function, PojoMapper mapper) {
    this.function = function;
    this.mapper = mapper;
  }

  JavaHandler resolve(Class<?> type, Optional<String> methodName) {
    return methodName.isPresent() ? method(type, methodName.get()) : handlerClass(type);
  }

  @SuppressWarnings("unchecked") // checked: the class implements RequestHandler
  private JavaHandler handlerClass(Class<?> type) {
    if (RequestStreamHandler.class.isAssignableFrom(type)) {
      return new StreamHandlerCall((RequestStreamHandler) instantiate(type));
    }
    if (RequestHandler.class.isAssignableFrom(type)) {
      JavaType handler = mapper.handlerInputType(type, RequestHandler.class);
      if (handler == null || handler.containedTypeCount() != 2) {
        throw invalid(
            "Class "
                + type.getName()
                + " does not implement RequestHandler with concrete type parameters");
      }
      return new RequestHandlerCall(
          (RequestHandler<Object, Object>) instantiate(type), handler.containedType(0), mapper);
    }
    throw invalid("Class does not implement an appropriate handler interface: " + type.getName());
  }

  private JavaHandler method(Class<?> type, String name) {
    Method chosen =
        Arrays.stream(type.getMethods())
            .filter(m -> m.getName().equals(name) && shape(m).isPresent())
            .min(PRIORITY)
            .orElseThrow(() ->
                invalid(
                    "No public method named "
                        + name
                        + " with appropriate method signature found on class "
                        + type.getName()));
    MethodCall.Shape shape = shape(chosen).orElseThrow();
    JavaType input =
        switch (shape) {
          case EVENT, EVENT_CONTEXT -> mapper.type(chosen.getGenericParameterTypes()[0]);
          default -> null;
        };
    Object target = Modifier.isStatic(chosen.getModifiers()) ? null : instantiate(type);
    return new MethodCall(target, chosen, shape, input, mapper);
  }

  private static Optional<MethodCall.Shape> shape(Method m) {
    Class<?>[] p = m.getParameterTypes();
    MethodCall.Shape shape =
        switch (p.length) {
          case 0 -> MethodCall.Shape.NOTHING;
          case 1 ->
              p[0] == Context.class
                  ? MethodCall.Shape.CONTEXT
                  : isStream(p[0]) ? null : MethodCall.Shape.EVENT;
          case 2 -> {
            if (p[0] == InputStream.class && p[1] == OutputStream.class) {
              yield MethodCall.Shape.STREAMS;
            }
            yield p[1] == Context.class && p[0] != Context.class && !isStream(p[0])
                ? MethodCall.Shape.EVENT_CONTEXT
                : null;
          }
          case 3 ->
              p[0] == InputStream.class && p[1] == OutputStream.class && p[2] == Context.class
                  ? MethodCall.Shape.STREAMS_CONTEXT
                  : null;
          default -> null;
        };
    return Optional.ofNullable(shape);
  }

  private static boolean isStream(Type t) {
    return t == InputStream.class || t == OutputStream.class;
  }

  private static int weight(Method m) {
    Class<?>[] p = m.getParameterTypes();
    return p.length + (p.length > 0 && p[p.length - 1] == Context.class ? 1 : 0);
  }

  private Object instantiate(Class<?> type) {
    Constructor<?> constructor;
    try {
      constructor = type.getConstructor();
    } catch (NoSuchMethodException e) {
      if (type.getEnclosingClass() != null && !Modifier.isStatic(type.getModifiers())) {
        throw invalid(
            "Class "
                + type.getName()
                + " cannot be instantiated because it is a non-static inner class");
      }
      throw invalid("Class " + type.getName() + " has no public zero-argument constructor");
    }
    try {
      return constructor.newInstance();
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      throw new InvalidFunctionException(
          "Function "
              + function
              + ": Error loading class "
              + type.getName()
              + (cause.getMessage() == null ? "" : ": " + cause.getMessage()),
          cause);
    } catch (ReflectiveOperationException e) {
      throw invalid("Class " + type.getName() + " cannot be instantiated: " + e);
    }
  }

  private InvalidFunctionException invalid(String message) {
    return new InvalidFunctionException("Function " + function + ": " + message + ".");
  }
}
