package io.stepwell.server.console;

import io.helidon.webserver.http.HttpRouting;
import io.stepwell.asl.validate.Diagnostic;
import io.stepwell.asl.validate.Validator;
import io.stepwell.engine.Engine;
import io.stepwell.engine.store.ExecutionRecord;
import io.stepwell.engine.store.StateMachineRecord;
import io.stepwell.engine.store.StoredEvent;
import io.stepwell.server.AwsJsonApi;
import io.stepwell.server.JsonAction;
import io.stepwell.server.ServerFeature;
import io.stepwell.server.ServerParts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Minimal stand-ins for the Step Functions actions the console calls, registered only where the
 * server's own {@code io.stepwell.server.sfn} does not serve them yet, so the console's tests run
 * whichever branch they are built on. AWS's shapes, AWS's member names.
 */
final class StandInStepFunctions implements ServerFeature {
  private static final String SERVICE = "AWSStepFunctions";

  @Override
  public void register(HttpRouting.Builder routing, ServerParts parts) {
    Engine engine = parts.engine();
    AwsJsonApi api = parts.api();
    add(
        api,
        "DescribeStateMachine",
        req -> describe(engine.stateMachine(s(req, "stateMachineArn"))));
    add(
        api,
        "DescribeStateMachineForExecution",
        req -> {
          ExecutionRecord e = engine.describeExecution(s(req, "executionArn"));
          return describe(engine.stateMachine(e.stateMachineArn()));
        });
    add(
        api,
        "UpdateStateMachine",
        req -> {
          StateMachineRecord sm =
              engine.updateStateMachine(s(req, "stateMachineArn"), s(req, "definition"));
          return Map.of("updateDate", seconds(sm.updatedAt()), "revisionId", revisionId(sm));
        });
    add(api, "ListStateMachineVersions", req -> Map.of("stateMachineVersions", List.of()));
    add(api, "ListStateMachineAliases", req -> Map.of("stateMachineAliases", List.of()));
    add(
        api,
        "ListExecutions",
        req -> {
          int max = req.get("maxResults") instanceof Number n ? n.intValue() : 100;
          List<ExecutionRecord> page =
              engine.listExecutions(
                  s(req, "stateMachineArn"),
                  (String) req.get("statusFilter"),
                  max + 1,
                  (String) req.get("nextToken"));
          List<Object> items = new ArrayList<>();
          for (ExecutionRecord e : page.subList(0, Math.min(max, page.size()))) {
            items.add(execution(e));
          }
          Map<String, Object> out = new LinkedHashMap<>();
          out.put("executions", items);
          if (page.size() > max) {
            out.put("nextToken", page.get(max - 1).arn());
          }
          return out;
        });
    add(
        api,
        "StartExecution",
        req -> {
          ExecutionRecord e =
              engine.startExecution(
                  s(req, "stateMachineArn"), (String) req.get("name"), (String) req.get("input"));
          return Map.of("executionArn", e.arn(), "startDate", seconds(e.startDate()));
        });
    add(
        api,
        "DescribeExecution",
        req -> execution(engine.describeExecution(s(req, "executionArn"))));
    add(
        api,
        "GetExecutionHistory",
        req -> {
          long after = req.get("nextToken") == null ? 0 : Long.parseLong(s(req, "nextToken"));
          int max = req.get("maxResults") instanceof Number n ? n.intValue() : 1000;
          List<StoredEvent> events = engine.history(s(req, "executionArn"), after, max, false);
          Map<String, Object> out = new LinkedHashMap<>();
          out.put("events", events.stream().map(HistoryEventJson::encode).toList());
          if (events.size() == max) {
            out.put("nextToken", Long.toString(events.get(max - 1).id()));
          }
          return out;
        });
    add(
        api,
        "StopExecution",
        req -> {
          ExecutionRecord e =
              engine.stopExecution(
                  s(req, "executionArn"), (String) req.get("error"), (String) req.get("cause"));
          return Map.of("stopDate", seconds(e.stopDate()));
        });
    add(
        api,
        "SendTaskSuccess",
        req -> {
          engine.sendTaskSuccess(s(req, "taskToken"), s(req, "output"));
          return Map.of();
        });
    add(
        api,
        "SendTaskFailure",
        req -> {
          engine.sendTaskFailure(
              s(req, "taskToken"), (String) req.get("error"), (String) req.get("cause"));
          return Map.of();
        });
    add(
        api,
        "ValidateStateMachineDefinition",
        req -> {
          List<Object> diagnostics = new ArrayList<>();
          for (Diagnostic d : Validator.validate(s(req, "definition"))) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("severity", d.severity().name());
            item.put("code", d.code());
            item.put("message", d.message());
            if (d.location() != null) {
              item.put("location", d.location());
            }
            diagnostics.add(item);
          }
          return Map.of(
              "result", diagnostics.isEmpty() ? "OK" : "FAIL", "diagnostics", diagnostics);
        });
  }

  private static void add(AwsJsonApi api, String action, JsonAction handler) {
    if (!api.serves(SERVICE + "." + action)) {
      api.register(SERVICE, action, handler);
    }
  }

  private static String s(Map<String, Object> req, String member) {
    return (String) req.get(member);
  }

  private static double seconds(Instant t) {
    return t.toEpochMilli() / 1000.0;
  }

  private static String revisionId(StateMachineRecord sm) {
    return "revision-" + sm.revision();
  }

  private static Map<String, Object> describe(StateMachineRecord sm) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("stateMachineArn", sm.arn());
    out.put("name", sm.name());
    out.put("status", "ACTIVE");
    out.put("definition", sm.definition());
    out.put("roleArn", sm.roleArn() == null ? "arn:aws:iam::123456789012:role/x" : sm.roleArn());
    out.put("type", sm.type());
    out.put("creationDate", seconds(sm.createdAt()));
    out.put("revisionId", revisionId(sm));
    return out;
  }

  private static Map<String, Object> execution(ExecutionRecord e) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("executionArn", e.arn());
    out.put("stateMachineArn", e.stateMachineArn());
    out.put("name", e.name());
    out.put("status", e.status());
    out.put("startDate", seconds(e.startDate()));
    if (e.stopDate() != null) {
      out.put("stopDate", seconds(e.stopDate()));
    }
    out.put("input", e.input());
    if (e.output() != null) {
      out.put("output", e.output());
    }
    if (e.error() != null) {
      out.put("error", e.error());
    }
    if (e.cause() != null) {
      out.put("cause", e.cause());
    }
    return out;
  }
}
