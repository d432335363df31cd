package io.stepwell.asl.eval;

import io.stepwell.asl.history.HistoryEvent;
import java.util.List;

/**
 * The result of handing the interpreter one event.
 *
 * @param state the execution's state after the event (the same object, advanced)
 * @param commands what the driver must do, in order
 * @param events the history events that happened, in order
 */
public record Step(ExecutionState state, List<Command> commands, List<HistoryEvent> events) {}
