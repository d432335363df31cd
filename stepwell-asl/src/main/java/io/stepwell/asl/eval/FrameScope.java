package io.stepwell.asl.eval;

import io.stepwell.asl.path.DataScope;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a state's paths read: its input, and the context object, built only when a path asks for it
 * ({@code $$} is rare, states are many).
 */
final class FrameScope implements DataScope {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final Run run;
  private final Frame frame;
  private final Object input;
  private final Map<String, Object> mapItem;
  private Map<String, Object> context;

  FrameScope(Run run, Frame frame, Object input, Map<String, Object> mapItem) {
    this.run = run;
    this.frame = frame;
    this.input = input;
    this.mapItem = mapItem;
  }

  /** A scope for a Map state's ItemSelector: {@code $$.Map.Item} holds the item. */
  static FrameScope forItem(
      Run run, Frame frame, Object input, int index, Object value, String source) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("Index", index);
    item.put("Value", value);
    // Where the item came from: STATE_DATA for the state's input, the object for an ItemReader.
    item.put("Source", source);
    return new FrameScope(run, frame, input, Map.of("Item", item));
  }

  @Override
  public Object input() {
    return input;
  }

  @Override
  public Object variable(String name) {
    return frame.variable(name);
  }

  @Override
  public Object context() {
    if (context == null) {
      context = build();
    }
    return context;
  }

  static String time(Instant instant) {
    return TIME.format(instant);
  }

  private Map<String, Object> build() {
    ExecutionInfo info = run.execution.info;
    Map<String, Object> execution = new LinkedHashMap<>();
    execution.put("Id", info.executionArn());
    execution.put("Input", info.input());
    execution.put("StartTime", time(info.startTime()));
    execution.put("Name", info.executionName());
    execution.put("RoleArn", info.roleArn());
    execution.put("RedriveCount", run.execution.redriveCount);
    Map<String, Object> machine = new LinkedHashMap<>();
    machine.put("Id", info.stateMachineArn());
    machine.put("Name", info.stateMachineName());
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("EnteredTime", time(frame.enteredTime == null ? run.now : frame.enteredTime));
    state.put("Name", frame.state == null ? null : frame.state.name());
    if (frame.state instanceof io.stepwell.asl.model.TaskState
        || frame.state instanceof io.stepwell.asl.model.ParallelState
        || frame.state instanceof io.stepwell.asl.model.MapState) {
      // Only states that can retry have a RetryCount.
      state.put("RetryCount", frame.retryCount);
    }
    Map<String, Object> ctx = new LinkedHashMap<>();
    ctx.put("Execution", execution);
    ctx.put("StateMachine", machine);
    ctx.put("State", state);
    if (frame.taskToken != null) {
      ctx.put("Task", Map.of("Token", frame.taskToken));
    }
    if (mapItem != null) {
      ctx.put("Map", mapItem);
    }
    return ctx;
  }
}
