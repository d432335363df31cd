package io.stepwell.asl.eval;

import io.stepwell.asl.error.StatesError;
import io.stepwell.asl.error.StatesFailure;
import io.stepwell.asl.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * AWS's limits on workflow variables: at most 256 KiB in one {@code Assign} (so in any one
 * variable), at most 10 MiB in all the variables an execution holds.
 */
final class VariableLimits {
  static final long MAX_ASSIGN_BYTES = 256 * 1024;
  static final long MAX_TOTAL_BYTES = 10 * 1024 * 1024;

  private VariableLimits() {}

  /**
   * Checks an assignment before it is made and accounts for it: a variable assigned again gives
   * back the bytes of its old value.
   */
  static void check(Run run, Frame frame, Map<String, Object> assigned) {
    long size = 2;
    long delta = 0;
    Map<String, Long> sizes = new java.util.HashMap<>();
    for (Map.Entry<String, Object> e : assigned.entrySet()) {
      long one = e.getKey().length() + 4 + estimate(e.getValue(), MAX_ASSIGN_BYTES + 1);
      size += one;
      if (size > MAX_ASSIGN_BYTES) {
        throw tooLarge(frame, "the 256 KiB allowed in one Assign");
      }
      sizes.put(e.getKey(), one);
      Long old = frame.variableSizes == null ? null : frame.variableSizes.get(e.getKey());
      delta += one - (old == null ? 0 : old);
    }
    if (run.execution.variableBytes + delta > MAX_TOTAL_BYTES) {
      throw tooLarge(frame, "the 10 MiB an execution's variables may hold");
    }
    run.execution.variableBytes += delta;
    frame.variableBytes += delta;
    if (frame.variableSizes == null) {
      frame.variableSizes = new java.util.HashMap<>();
    }
    frame.variableSizes.putAll(sizes);
  }

  /** A branch or iteration ended: its variables are gone. */
  static void release(Run run, Frame frame) {
    run.execution.variableBytes -= frame.variableBytes;
    frame.variableBytes = 0;
  }

  private static StatesFailure tooLarge(Frame frame, String limit) {
    return new StatesFailure(
        StatesError.DATA_LIMIT_EXCEEDED,
        "The state '"
            + frame.state.name()
            + "' assigned variables whose size exceeds "
            + limit
            + " (the maximum number of bytes service limit).");
  }

  /**
   * The size of a value as compact JSON text, or a number over {@code cap} once it is known to
   * exceed it: small values cost little, large ones stop early.
   */
  static long estimate(Object value, long cap) {
    return switch (value) {
      case null -> 4;
      case String s ->
          s.length() * 3L > cap ? s.getBytes(StandardCharsets.UTF_8).length + 2 : utf8Length(s) + 2;
      case Map<?, ?> map -> {
        long size = 2;
        for (Map.Entry<?, ?> e : map.entrySet()) {
          size += String.valueOf(e.getKey()).length() + 4 + estimate(e.getValue(), cap - size);
          if (size > cap) {
            break;
          }
        }
        yield size;
      }
      case List<?> list -> {
        long size = 2;
        for (Object item : list) {
          size += 1 + estimate(item, cap - size);
          if (size > cap) {
            break;
          }
        }
        yield size;
      }
      default -> Json.write(value).length();
    };
  }

  private static long utf8Length(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
    }
    return n;
  }
}
