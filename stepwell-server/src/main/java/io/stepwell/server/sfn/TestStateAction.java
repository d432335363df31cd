package io.stepwell.server.sfn;

import io.stepwell.asl.Entropy;
import io.stepwell.asl.eval.Command;
import io.stepwell.asl.eval.Event;
import io.stepwell.asl.eval.ExecutionInfo;
import io.stepwell.asl.eval.ExecutionStatus;
import io.stepwell.asl.eval.Interpreter;
import io.stepwell.asl.eval.Step;
import io.stepwell.asl.history.HistoryEvent;
import io.stepwell.asl.json.Json;
import io.stepwell.asl.json.JsonSyntaxException;
import io.stepwell.asl.model.DefinitionParser;
import io.stepwell.asl.validate.InvalidDefinitionException;
import io.stepwell.asl.validate.Validator;
import io.stepwell.server.AwsException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code TestState}: runs one state on an input, without a state machine or an execution. The state
 * is put in a machine of its own, with a Succeed state standing in for each state it may go to, and
 * run by the interpreter until it leaves: the first state entered after it is {@code nextState}. A
 * Wait state does not wait. A Task state is answered by the request's {@code mock} (AWS would call
 * the resource; Stepwell's server does not reach the engine's task routes here). An error a retrier
 * would retry gives {@code RETRIABLE}; one a catcher takes, {@code CAUGHT_ERROR}.
 */
final class TestStateAction {
  private static final String DEFAULT_NAME = "TestState";
  private static final SecureRandom SEEDS = new SecureRandom();
  private static final int MAX_STEPS = 1000;

  private final Context cx;

  TestStateAction(Context cx) {
    this.cx = cx;
  }

  Map<String, Object> handle(Req req) {
    String definitionText = req.required("definition");
    String inputText = req.string("input", 262144, true);
    String level = req.oneOf("inspectionLevel", List.of("INFO", "DEBUG", "TRACE"));
    String stateName = req.string("stateName");
    Map<String, Object> mock = req.object("mock");
    Object input = parseInput(inputText);
    Map<String, Object> machine = machine(definitionText, stateName);
    String name = (String) machine.get("StartAt");
    Interpreter interpreter;
    try {
      interpreter =
          new Interpreter(
              DefinitionParser.parse(Validator.requireValid(Json.write(machine), "STANDARD")),
              Entropy.seeded(SEEDS.nextLong()));
    } catch (InvalidDefinitionException e) {
      throw new AwsException("InvalidDefinition", e.getMessage());
    }
    String smArn =
        "arn:aws:states:"
            + cx.engine().region()
            + ":"
            + cx.engine().account()
            + ":stateMachine:TestStateMachine";
    Instant now = Instant.now();
    ExecutionInfo info =
        new ExecutionInfo(
            smArn.replace(":stateMachine:", ":execution:") + ":test",
            "test",
            smArn,
            "TestStateMachine",
            req.string("roleArn"),
            input,
            now,
            true);
    Run run = new Run(name, mock);
    Step step = interpreter.start(info);
    for (int i = 0; i < MAX_STEPS && run.observe(step); i++) {
      Event next = run.answer(step, isWait(machine, name));
      if (next == null) {
        break;
      }
      step = interpreter.handle(step.state(), next);
    }
    return run.response(step, input, level == null ? "INFO" : level);
  }

  private static boolean isWait(Map<String, Object> machine, String name) {
    Map<String, Object> state = Json.asObject(Json.asObject(machine.get("States")).get(name));
    return "Wait".equals(state.get("Type"));
  }

  private static Object parseInput(String text) {
    if (text == null) {
      return Map.of();
    }
    try {
      return Json.parse(text);
    } catch (JsonSyntaxException e) {
      throw new AwsException(
          "InvalidExecutionInput",
          "Invalid State Machine Execution Input: '" + e.getMessage() + "'");
    }
  }

  /** A machine of the tested state and a Succeed state for each state it may go to. */
  private static Map<String, Object> machine(String text, String stateName) {
    Object parsed;
    try {
      parsed = Json.parse(text);
    } catch (JsonSyntaxException e) {
      throw new AwsException(
          "InvalidDefinition", "Invalid State Machine Definition: '" + e.getMessage() + "'");
    }
    if (!(parsed instanceof Map<?, ?>)) {
      throw new AwsException(
          "InvalidDefinition",
          "Invalid State Machine Definition: 'Definition must be a valid JSON object'");
    }
    Map<String, Object> given = Json.asObject(parsed);
    Map<String, Object> machine = new LinkedHashMap<>();
    Map<String, Object> state;
    String name = DEFAULT_NAME;
    if (stateName != null) {
      Object states = given.get("States");
      Object found = states instanceof Map<?, ?> m ? m.get(stateName) : null;
      if (!(found instanceof Map<?, ?>)) {
        throw new AwsException(
            "ValidationException", "State '" + stateName + "' does not exist in the definition");
      }
      state = Json.asObject(found);
      name = stateName;
      if (given.get("QueryLanguage") != null) {
        machine.put("QueryLanguage", given.get("QueryLanguage"));
      }
    } else {
      state = given;
    }
    machine.put("StartAt", name);
    Map<String, Object> states = new LinkedHashMap<>();
    states.put(name, state);
    for (String target : targets(state)) {
      states.putIfAbsent(target, Map.of("Type", "Succeed"));
    }
    machine.put("States", states);
    return machine;
  }

  private static List<String> targets(Map<String, Object> state) {
    List<String> out = new ArrayList<>();
    if (state.get("Next") instanceof String s) {
      out.add(s);
    }
    if (state.get("Default") instanceof String s) {
      out.add(s);
    }
    for (String list : List.of("Choices", "Catch")) {
      if (state.get(list) instanceof List<?> items) {
        for (Object item : items) {
          if (item instanceof Map<?, ?> m && m.get("Next") instanceof String s) {
            out.add(s);
          }
        }
      }
    }
    return out;
  }

  /** What the run of the tested state has shown so far. */
  private static final class Run {
    private final String name;
    private final Map<String, Object> mock;
    private Object output;
    private boolean exited;
    private String nextState;
    private String error;
    private String cause;
    private boolean retriable;
    private Object parameters;
    private Object result;
    private Object variables;

    Run(String name, Map<String, Object> mock) {
      this.name = name;
      this.mock = mock;
    }

    /** Reads a step's events; whether the run must go on. */
    boolean observe(Step step) {
      for (HistoryEvent e : step.events()) {
        Map<String, Object> d = e.details() == null ? Map.of() : e.details();
        if (e.type().endsWith("StateExited") && name.equals(d.get("name")) && !exited) {
          exited = true;
          output = d.get("output");
          variables = d.get("assignedVariables");
        } else if (e.type().endsWith("StateEntered") && exited && nextState == null) {
          nextState = (String) d.get("name");
        } else if (e.type().endsWith("Scheduled") && d.containsKey("parameters")) {
          parameters = d.get("parameters");
        } else if (e.type().endsWith("Succeeded") && e.type().startsWith("Task")) {
          result = d.get("output");
        } else if (d.get("error") != null && !e.type().startsWith("Execution")) {
          error = (String) d.get("error");
          cause = d.get("cause") == null ? null : String.valueOf(d.get("cause"));
        }
      }
      return !exited && step.state().status() == ExecutionStatus.RUNNING;
    }

    /** The event that moves the run on, or {@code null} when it stops here. */
    Event answer(Step step, boolean waitState) {
      Instant now = Instant.now();
      for (Command c : step.commands()) {
        if (c instanceof Command.InvokeTask t) {
          if (mock == null) {
            throw new AwsException(
                "ValidationException",
                "Stepwell's TestState does not call task resources: give a mock (result or"
                    + " errorOutput) to test the Task state");
          }
          Req m = new Req(mock);
          Map<String, Object> failure = m.object("errorOutput");
          if (failure != null) {
            Req f = new Req(failure);
            return new Event.TaskFailed(now, t.taskId(), f.string("error"), f.string("cause"));
          }
          String value = m.string("result");
          return new Event.TaskSucceeded(now, t.taskId(), parseInput(value));
        }
      }
      for (Command c : step.commands()) {
        if (c instanceof Command.StartTimer t) {
          if (waitState) {
            return new Event.TimerFired(now, t.timerId());
          }
          retriable = true;
          return null;
        }
      }
      return null;
    }

    Map<String, Object> response(Step step, Object input, String level) {
      Map<String, Object> out = new LinkedHashMap<>();
      if (exited) {
        out.put("output", Json.write(output));
        Shapes.put(out, "nextState", nextState);
        if (error != null) {
          out.put("error", error);
          Shapes.put(out, "cause", cause);
          out.put("status", "CAUGHT_ERROR");
        } else {
          out.put("status", "SUCCEEDED");
        }
      } else if (retriable) {
        Shapes.put(out, "error", error);
        Shapes.put(out, "cause", cause);
        out.put("status", "RETRIABLE");
      } else {
        Shapes.put(out, "error", step.state().error());
        Shapes.put(out, "cause", step.state().cause());
        out.put("status", "FAILED");
      }
      if (!"INFO".equals(level)) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("input", Json.write(input));
        if (parameters != null) {
          data.put("afterParameters", Json.write(parameters));
        }
        if (result != null) {
          data.put("result", Json.write(result));
        }
        if (variables != null) {
          data.put("variables", Json.write(variables));
        }
        out.put("inspectionData", data);
      }
      return out;
    }
  }
}
