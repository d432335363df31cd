package io.stepwell.functions;

import java.util.concurrent.Semaphore;

/** A function in a {@link FunctionHost}: its spec, what its runtime prepared, its concurrency. */
final class RegisteredFunction {
  private final FunctionSpec spec;
  private final DeployedFunction deployed;
  private final Semaphore permits;

  RegisteredFunction(FunctionSpec spec, DeployedFunction deployed) {
    this.spec = spec;
    this.deployed = deployed;
    int reserved = spec.config().reservedConcurrency();
    this.permits = reserved == 0 ? null : new Semaphore(reserved);
  }

  FunctionSpec spec() {
    return spec;
  }

  DeployedFunction deployed() {
    return deployed;
  }

  /** Takes a concurrency slot without waiting, as Lambda throttles rather than queues. */
  boolean tryEnter() {
    return permits == null || permits.tryAcquire();
  }

  void exit() {
    if (permits != null) {
      permits.release();
    }
  }
}
