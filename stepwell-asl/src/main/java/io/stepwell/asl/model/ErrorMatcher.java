package io.stepwell.asl.model;

import io.stepwell.asl.error.ErrorName;
import io.stepwell.asl.error.StatesError;
import java.util.List;

/**
 * The {@code ErrorEquals} list of a Retrier or Catcher.
 *
 * <blockquote>
 * States.ALL: a wildcard that matches any known error name. States.TaskFailed: a wildcard that
 * matches any known error name except for States.Timeout.
 * </blockquote>
 *
 * <p>{@code States.Runtime} is terminal on AWS: nothing matches it. ({@code
 * States.DataLimitExceeded} from a task's result is caught by {@code States.ALL}, as recorded.)
 */
public record ErrorMatcher(List<String> errorEquals) {
  public ErrorMatcher {
    errorEquals = List.copyOf(errorEquals);
  }

  /** Whether this list matches the error. */
  public boolean matches(ErrorName error) {
    if (error == StatesError.RUNTIME) {
      return false;
    }
    String name = error.aslName();
    for (String candidate : errorEquals) {
      if (candidate.equals(name)) {
        return true;
      }
      if (candidate.equals(StatesError.ALL.aslName())) {
        return true;
      }
      if (candidate.equals(StatesError.TASK_FAILED.aslName())
          && error != StatesError.TIMEOUT
          && error != StatesError.HEARTBEAT_TIMEOUT) {
        return true;
      }
    }
    return false;
  }
}
