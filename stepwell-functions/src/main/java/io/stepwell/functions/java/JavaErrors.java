package io.stepwell.functions.java;

import io.stepwell.functions.ErrorDocument;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Lambda's Java runtime's treatment of a thrown exception: its stack trace cut where the runtime's
 * own frames begin, the error document ({@code errorMessage} the message or else the class name,
 * {@code errorType} the class name, {@code stackTrace} the frames), and the report it logs.
 */
final class JavaErrors {
  private static final String OWN_PACKAGE = "io.stepwell.functions.";
  private static final List<String> REFLECTION =
      List.of("jdk.internal.reflect.", "java.lang.reflect.", "java.lang.invoke.");

  private JavaErrors() {}

  static ErrorDocument document(Throwable t) {
    filter(t, Collections.newSetFromMap(new IdentityHashMap<>()));
    List<String> frames = new ArrayList<>();
    for (StackTraceElement frame : t.getStackTrace()) {
      frames.add(frame.toString());
    }
    return new ErrorDocument(message(t), t.getClass().getName(), frames);
  }

  /** What the runtime logs for an unhandled exception: message, type, then the stack trace. */
  static String report(Throwable t) {
    StringWriter trace = new StringWriter();
    t.printStackTrace(new PrintWriter(trace));
    return message(t) + ": " + t.getClass().getName() + "\n" + trace + "\n";
  }

  private static String message(Throwable t) {
    String message = t.getLocalizedMessage();
    return message == null ? t.getClass().getName() : message;
  }

  /** Removes the host's frames (and the reflection frames that led from them) everywhere. */
  private static void filter(Throwable t, Set<Throwable> seen) {
    if (t == null || !seen.add(t)) {
      return;
    }
    StackTraceElement[] trace = t.getStackTrace();
    int end = 0;
    while (end < trace.length && !trace[end].getClassName().startsWith(OWN_PACKAGE)) {
      end++;
    }
    if (end < trace.length) {
      while (end > 0 && isReflection(trace[end - 1].getClassName())) {
        end--;
      }
      t.setStackTrace(Arrays.copyOf(trace, end));
    }
    filter(t.getCause(), seen);
    for (Throwable suppressed : t.getSuppressed()) {
      filter(suppressed, seen);
    }
  }

  private static boolean isReflection(String className) {
    return REFLECTION.stream().anyMatch(className::startsWith);
  }
}
