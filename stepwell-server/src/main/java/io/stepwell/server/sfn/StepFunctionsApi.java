package io.stepwell.server.sfn;

import io.helidon.webserver.http.HttpRouting;
import io.stepwell.engine.Engine;
import io.stepwell.engine.store.StateMachineRecord;
import io.stepwell.server.AwsException;
import io.stepwell.server.ServerFeature;
import io.stepwell.server.ServerParts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Step Functions API ({@code X-Amz-Target: AWSStepFunctions.<Action>}) over the engine. */
public final class StepFunctionsApi implements ServerFeature {
  static final String SERVICE = "AWSStepFunctions";

  @Override
  public void register(HttpRouting.Builder routing, ServerParts parts) {
    Engine engine = parts.engine();
    parts
        .api()
        .register(
            SERVICE,
            "CreateStateMachine",
            req -> {
              StateMachineRecord sm =
                  engine.createStateMachine(
                      required(req, "name"),
                      required(req, "definition"),
                      (String) req.get("type"),
                      required(req, "roleArn"));
              Map<String, Object> out = new LinkedHashMap<>();
              out.put("stateMachineArn", sm.arn());
              out.put("creationDate", epochSeconds(sm.createdAt()));
              return out;
            });
    parts
        .api()
        .register(
            SERVICE,
            "ListStateMachines",
            req -> {
              List<Object> items = new ArrayList<>();
              for (StateMachineRecord sm : engine.listStateMachines()) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("stateMachineArn", sm.arn());
                item.put("name", sm.name());
                item.put("type", sm.type());
                item.put("creationDate", epochSeconds(sm.createdAt()));
                items.add(item);
              }
              return Map.of("stateMachines", items);
            });
  }

  static String required(Map<String, Object> req, String member) {
    Object v = req.get(member);
    if (v == null) {
      throw AwsException.missing(member);
    }
    if (!(v instanceof String s)) {
      throw new AwsException(
          "SerializationException", "STRING_VALUE can not be converted to a String");
    }
    return s;
  }

  /** AWS JSON timestamps: seconds since the epoch, with milliseconds as a fraction. */
  static double epochSeconds(java.time.Instant t) {
    return t.toEpochMilli() / 1000.0;
  }
}
