package io.stepwell.functions.java;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.util.LRUMap;
import com.fasterxml.jackson.databind.util.LookupCache;
import java.io.IOException;

/**
 * Turns events into handler inputs and handler outputs into responses, with the settings of
 * Lambda's Java serializer that matter to plain types and POJOs: unknown properties ignored, a
 * single value accepted where an array is expected, {@code null} properties left out, empty beans
 * written as {@code {}}.
 *
 * <p>Each execution environment has its own mapper with its own type cache, so the caches hold no
 * function's classes after its class loader is dropped.
 */
final class PojoMapper {
  private static final byte[] NULL = {'n', 'u', 'l', 'l'};

  private final ObjectMapper mapper;

  PojoMapper(ClassLoader functionLoader) {
    TypeFactory types =
        TypeFactory.defaultInstance()
            .withClassLoader(functionLoader)
            .withCache((LookupCache<Object, JavaType>) new LRUMap<Object, JavaType>(16, 200));
    this.mapper =
        JsonMapper.builder()
            .typeFactory(types)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .defaultPropertyInclusion(
                JsonInclude.Value.construct(
                    JsonInclude.Include.NON_NULL, JsonInclude.Include.USE_DEFAULTS))
            .build();
  }

  JavaType type(java.lang.reflect.Type type) {
    return mapper.constructType(type);
  }

  JavaType handlerInputType(Class<?> handlerClass, Class<?> handlerInterface) {
    return mapper.constructType(handlerClass).findSuperType(handlerInterface);
  }

  /**
   * Reads the event as {@code type}; a mismatch fails as Lambda's Java runtime fails, with a {@code
   * RuntimeException("An error occurred during JSON parsing")} around the parser's error.
   */
  Object read(byte[] event, JavaType type) {
    try {
      return mapper.readValue(event, type);
    } catch (IOException | RuntimeException e) {
      throw new RuntimeException("An error occurred during JSON parsing", e);
    }
  }

  byte[] write(Object value) {
    if (value == null) {
      return NULL.clone();
    }
    try {
      return mapper.writeValueAsBytes(value);
    } catch (IOException | RuntimeException e) {
      throw new RuntimeException("An error occurred during JSON serialization of response", e);
    }
  }

  static byte[] nullResponse() {
    return NULL.clone();
  }
}
