package io.stepwell.server.sfn;

import io.stepwell.engine.store.ExecutionRecord;
import io.stepwell.engine.store.StateMachineRecord;
import io.stepwell.engine.store.StoredEvent;
import io.stepwell.server.AwsException;
import io.stepwell.server.AwsJsonApi;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Starting, describing, stopping and listing executions, and their histories. */
final class ExecutionActions {
  private static final List<String> STATUSES =
      List.of("SUCCEEDED", "TIMED_OUT", "PENDING_REDRIVE", "ABORTED", "FAILED", "RUNNING");

  /** How long an Express execution may run (AWS's limit); StartSyncExecution waits that long. */
  private static final Duration EXPRESS_LIMIT = Duration.ofMinutes(5);

  private final Context cx;

  ExecutionActions(Context cx) {
    this.cx = cx;
  }

  void register(AwsJsonApi api) {
    String s = StepFunctionsApi.SERVICE;
    api.register(s, "StartExecution", b -> start(new Req(b)));
    api.register(s, "StartSyncExecution", b -> startSync(new Req(b)));
    api.register(s, "DescribeExecution", b -> Shapes.execution(standard(new Req(b))));
    api.register(s, "StopExecution", b -> stop(new Req(b)));
    api.register(s, "RedriveExecution", b -> redrive(new Req(b)));
    api.register(s, "ListExecutions", b -> list(new Req(b)));
    api.register(s, "GetExecutionHistory", b -> history(new Req(b)));
  }

  /** The members StartExecution and StartSyncExecution share, checked in AWS's way. */
  private record Start(String arn, String name, String input, String traceHeader) {}

  private static Start startRequest(Req req) {
    String arn = req.required("stateMachineArn");
    Arns.require(arn, "stateMachine");
    String name = req.string("name");
    String input = req.string("input");
    if (input != null && input.isBlank()) {
      throw new AwsException(
          "InvalidExecutionInput",
          "Invalid State Machine Execution Input: 'Invalid execution input.'");
    }
    String traceHeader = req.string("traceHeader", 256, false);
    return new Start(arn, name, input, traceHeader);
  }

  private Map<String, Object> start(Req req) {
    Start s = startRequest(req);
    ExecutionRecord e = cx.engine().startExecution(s.arn(), s.name(), s.input());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("executionArn", e.arn());
    out.put("startDate", Shapes.epochSeconds(e.startDate()));
    return out;
  }

  private Map<String, Object> startSync(Req req) throws InterruptedException {
    Start s = startRequest(req);
    ExecutionRecord e = cx.engine().startSyncExecution(s.arn(), s.name(), s.input(), EXPRESS_LIMIT);
    Instant stop = e.stopDate() == null ? Instant.now() : e.stopDate();
    String status = "RUNNING".equals(e.status()) ? "TIMED_OUT" : e.status();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("executionArn", e.arn());
    out.put("stateMachineArn", e.stateMachineArn());
    out.put("name", e.name());
    out.put("startDate", Shapes.epochSeconds(e.startDate()));
    out.put("stopDate", Shapes.epochSeconds(stop));
    out.put("status", status);
    Shapes.put(out, "error", e.error());
    Shapes.put(out, "cause", e.cause());
    out.put("input", e.input());
    out.put("inputDetails", Shapes.included());
    if (e.output() != null) {
      out.put("output", e.output());
      out.put("outputDetails", Shapes.included());
    }
    Shapes.put(out, "traceHeader", s.traceHeader());
    long millis = Duration.between(e.startDate(), stop).toMillis();
    // AWS bills Express executions in 100 ms steps of 64 MB.
    out.put(
        "billingDetails",
        Map.of(
            "billedMemoryUsedInMB",
            64,
            "billedDurationInMilliseconds",
            Math.max(100, (millis + 99) / 100 * 100)));
    return out;
  }

  /** A Standard execution named by {@code executionArn}; AWS keeps no record of Express ones. */
  private ExecutionRecord standard(Req req) {
    String arn = req.required("executionArn");
    String type = Arns.require(arn, "execution", "express");
    if ("express".equals(type)) {
      throw Arns.notInContext(type);
    }
    return cx.engine().describeExecution(arn);
  }

  private Map<String, Object> stop(Req req) {
    String arn = req.required("executionArn");
    String type = Arns.require(arn, "execution", "express");
    if ("express".equals(type)) {
      throw Arns.notInContext(type);
    }
    String error = req.string("error", 256, true);
    String cause = req.string("cause", 32768, true);
    ExecutionRecord e = cx.engine().stopExecution(arn, error, cause);
    Instant stopped = e.stopDate() == null ? Instant.now() : e.stopDate();
    return Map.of("stopDate", Shapes.epochSeconds(stopped));
  }

  private Map<String, Object> redrive(Req req) {
    String arn = req.required("executionArn");
    String type = Arns.require(arn, "execution", "express");
    if ("express".equals(type)) {
      throw new AwsException(
          "ExecutionNotRedrivable",
          "This operation is not supported by this type of state machine");
    }
    String token = req.string("clientToken", 64, true);
    ExecutionRecord e = cx.engine().redriveExecution(arn, token);
    Instant when = e.redriveDate() == null ? Instant.now() : e.redriveDate();
    return Map.of("redriveDate", Shapes.epochSeconds(when));
  }

  private Map<String, Object> list(Req req) {
    String arn = req.string("stateMachineArn");
    String mapRunArn = req.string("mapRunArn");
    String status = req.oneOf("statusFilter", STATUSES);
    String redrive = req.oneOf("redriveFilter", List.of("REDRIVEN", "NOT_REDRIVEN"));
    int size = Paging.pageSize(req);
    if (arn == null && mapRunArn == null) {
      throw new AwsException(
          "ValidationException", "Must provide a StateMachine ARN or MapRun ARN");
    }
    if (arn == null) {
      // The engine keeps no Map Runs of its own (their children are inside the parent).
      throw new AwsException("ResourceNotFound", "Resource not found: '" + mapRunArn + "'");
    }
    Arns.require(arn, "stateMachine");
    String base = Arns.unqualified(arn);
    String qualifier = Arns.qualifier(arn);
    StateMachineRecord sm = cx.engine().stateMachine(base);
    if ("EXPRESS".equals(sm.type())) {
      throw new AwsException(
          "StateMachineTypeNotSupported",
          "This operation is not supported by this type of state machine");
    }
    Predicate<ExecutionRecord> wanted = e -> true;
    if (Arns.isVersion(qualifier)) {
      if (cx.engine().listStateMachineVersions(base).stream().noneMatch(v -> v.arn().equals(arn))) {
        throw StateMachineActions.doesNotExist(arn);
      }
      wanted = e -> arn.equals(e.stateMachineVersionArn());
    } else if (qualifier != null) {
      cx.engine().describeStateMachineAlias(arn);
      wanted = e -> arn.equals(e.stateMachineAliasArn());
    }
    String cursor = Paging.cursor(req, "executions:" + arn, 3096);
    List<Object> items = new ArrayList<>();
    String next = null;
    if (!"REDRIVEN".equals(redrive)) {
      String after = cursor;
      String lastShown = null;
      fill:
      while (true) {
        List<ExecutionRecord> batch = cx.engine().listExecutions(base, status, size + 1, after);
        for (ExecutionRecord e : batch) {
          after = e.arn();
          if (!wanted.test(e)) {
            continue;
          }
          if (items.size() == size) {
            next = Paging.token("executions:" + arn, lastShown);
            break fill;
          }
          items.add(Shapes.executionItem(e));
          lastShown = e.arn();
        }
        if (batch.size() < size + 1) {
          break;
        }
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("executions", items);
    Shapes.put(out, "nextToken", next);
    return out;
  }

  private Map<String, Object> history(Req req) {
    ExecutionRecord e = standard(req);
    int size = Paging.pageSize(req);
    boolean reverse = req.flag("reverseOrder");
    Boolean includeData = req.bool("includeExecutionData");
    String listing = "history:" + e.arn() + (reverse ? ":reverse" : "");
    String cursor = Paging.cursor(req, listing, 1024);
    long after;
    try {
      after = cursor == null ? 0 : Long.parseLong(cursor);
    } catch (NumberFormatException ex) {
      throw Paging.invalidToken();
    }
    List<StoredEvent> events = cx.engine().history(e.arn(), after, size + 1, reverse);
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < Math.min(size, events.size()); i++) {
      out.add(HistoryEvents.encode(events.get(i), includeData == null || includeData));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("events", out);
    if (events.size() > size) {
      body.put("nextToken", Paging.token(listing, String.valueOf(events.get(size - 1).id())));
    }
    return body;
  }
}
