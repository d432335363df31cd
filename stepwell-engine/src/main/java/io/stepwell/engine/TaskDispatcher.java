package io.stepwell.engine;

/**
 * Carries out the Task states whose resources it serves: a function host for Lambda ARNs, an
 * integration for {@code arn:aws:states:::service:action}. Called on a virtual thread after the
 * step that scheduled the task is committed; may block.
 */
@FunctionalInterface
public interface TaskDispatcher {
  /** Runs the task, or for a {@code .waitForTaskToken} resource hands the token on. */
  TaskOutcome dispatch(TaskInvocation invocation);
}
