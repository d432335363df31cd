package io.stepwell.testkit.lambda;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Python 3.12 functions that the recorded {@code lambda/} conformance cases call, reproduced
 * byte for byte: what each returns, or the error document the Python runtime writes when it raises.
 */
public enum TestFunction {
  /** {@code id_function.py}: returns the event unchanged. */
  ID_FUNCTION("id_function") {
    @Override
    Reply handle(Object event, String requestId) {
      return Reply.returned(PythonJson.dumps(event));
    }
  },
  /** {@code echo_function.py}: returns {@code {"Return": "HelloWorld"}}. */
  ECHO_FUNCTION("echo_function") {
    @Override
    Reply handle(Object event, String requestId) {
      return Reply.returned(PythonJson.dumps(Map.of("Return", "HelloWorld")));
    }
  },
  /** {@code return_decorated_input.py}: returns {@code "input-event-" + str(event)}. */
  RETURN_DECORATED_INPUT("return_decorated_input") {
    @Override
    Reply handle(Object event, String requestId) {
      return Reply.returned(PythonJson.dumps("input-event-" + PythonRepr.str(event)));
    }
  },
  /** {@code return_bytes_str.py}: returns the bytes {@code "HelloWorld!"}, quotes included. */
  RETURN_BYTES_STR("return_bytes_str") {
    @Override
    Reply handle(Object event, String requestId) {
      return Reply.returned("\"HelloWorld!\"");
    }
  },
  /** {@code raise_exception.py}: raises {@code Exception("Some exception was raised.")}. */
  RAISE_EXCEPTION("raise_exception") {
    @Override
    Reply handle(Object event, String requestId) {
      return Reply.raised(
          "Exception",
          "Some exception was raised.",
          requestId,
          Reply.frame(2, "raise Exception(\"Some exception was raised.\")"));
    }
  },
  /**
   * {@code raise_custom_exception.py}: raises {@code CustomException()}, whose {@code message}
   * attribute the runtime does not read, so the error message is empty.
   */
  RAISE_CUSTOM_EXCEPTION("raise_custom_exception") {
    @Override
    Reply handle(Object event, String requestId) {
      return Reply.raised(
          "CustomException", "", requestId, Reply.frame(9, "raise CustomException()"));
    }
  },
  /** {@code large_output_string.py}: returns 257 KiB of {@code a}, over the 256 KiB limit. */
  LARGE_OUTPUT_STRING("large_output_string") {
    @Override
    Reply handle(Object event, String requestId) {
      return Reply.returned(PythonJson.dumps("a".repeat(257 * 1024)));
    }
  },
  /** {@code wait_60_seconds.py}: sleeps 60 seconds (virtually), then returns the event. */
  WAIT_60_SECONDS("wait_60_seconds") {
    @Override
    Reply handle(Object event, String requestId) {
      return new Reply(PythonJson.dumps(event), null, Duration.ofSeconds(60));
    }
  };

  private final String baseName;

  TestFunction(String baseName) {
    this.baseName = baseName;
  }

  /** The handler file's name without {@code .py}, e.g. {@code id_function}. */
  public String baseName() {
    return baseName;
  }

  /** The function a case's {@code handler_file} names, matched by its file name. */
  public static Optional<TestFunction> forHandlerFile(String handlerFile) {
    String file = handlerFile.substring(handlerFile.lastIndexOf('/') + 1);
    for (TestFunction f : values()) {
      if (file.equals(f.baseName + ".py")) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** Runs the function on a parsed event. */
  abstract Reply handle(Object event, String requestId);

  /** The runtime's answer: a body, whether it is an error document, and the time it took. */
  record Reply(String payload, String functionError, Duration took) {
    static Reply returned(String payload) {
      return new Reply(payload, null, Duration.ZERO);
    }

    /** One stack trace entry as Python's traceback module formats it, for the handler file. */
    static String frame(int line, String code) {
      return "  File \"/var/task/handler.py\", line " + line + ", in handler\n    " + code + "\n";
    }

    /** The error document Python's Lambda runtime writes for an unhandled exception. */
    static Reply raised(String type, String message, String requestId, String frame) {
      Map<String, Object> document = new LinkedHashMap<>();
      document.put("errorMessage", message);
      document.put("errorType", type);
      document.put("requestId", requestId);
      document.put("stackTrace", List.of(frame));
      return new Reply(PythonJson.dumps(document), "Unhandled", Duration.ZERO);
    }
  }
}
