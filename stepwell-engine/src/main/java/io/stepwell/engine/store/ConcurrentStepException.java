package io.stepwell.engine.store;

/**
 * Another node (or thread) appended a step to the execution first: reload its journal and try
 * again. This is what makes several nodes on one database safe without locks held across steps.
 */
public final class ConcurrentStepException extends StoreException {
  private static final long serialVersionUID = 1L;

  public ConcurrentStepException(String executionArn, long expected, long actual) {
    super(
        "execution "
            + executionArn
            + " is at journal entry "
            + actual
            + ", not "
            + expected
            + ": another step came first");
  }
}
