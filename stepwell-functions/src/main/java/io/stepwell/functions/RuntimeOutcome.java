package io.stepwell.functions;

import java.util.List;

/** How a {@link DeployedFunction} answered one {@link RuntimeRequest}, with the logs it wrote. */
public sealed interface RuntimeOutcome
    permits RuntimeOutcome.Returned, RuntimeOutcome.Failed, RuntimeOutcome.TimedOut {

  /** What the invocation logged, one entry per log call, in order. */
  List<String> logs();

  /** The function returned {@code payload} (the Runtime API's {@code /response}). */
  record Returned(Payload payload, List<String> logs) implements RuntimeOutcome {
    public Returned {
      logs = List.copyOf(logs);
    }
  }

  /**
   * The function failed and the runtime reported {@code errorDocument}, Lambda's error document as
   * the runtime wrote it (the Runtime API's {@code /error} body).
   */
  record Failed(Payload errorDocument, List<String> logs) implements RuntimeOutcome {
    public Failed {
      logs = List.copyOf(logs);
    }
  }

  /** The function had not finished at its deadline; the runtime stopped waiting for it. */
  record TimedOut(List<String> logs) implements RuntimeOutcome {
    public TimedOut {
      logs = List.copyOf(logs);
    }
  }
}
