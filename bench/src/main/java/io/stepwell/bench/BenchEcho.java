package io.stepwell.bench;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/**
 * The Java function {@link FunctionInvokeBenchmark} invokes, the same work as its Node.js and
 * Python twins: answer the event's {@code n} back.
 */
public class BenchEcho implements RequestHandler<Map<String, Object>, Map<String, Object>> {
  @Override
  public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
    return Map.of("n", event.get("n"));
  }
}
