package io.stepwell.functions.process;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The Runtime API's state machine for one process, as Lambda's runtime states name it: {@code
 * Started} until the first {@code /next}, {@code Ready} while it waits, {@code Running} once it
 * holds an invocation, then {@code RuntimeResponseSentState} until it asks again; {@code InitError}
 * after {@code /init/error}. Calls that do not fit the state are refused with 403, a request id
 * that is not the current one with 400, as Lambda does.
 *
 * <p>The invoking side {@link #submit submits} an invocation; the process's {@code /next} takes it.
 * One invocation at a time: the instance submits the next only after the previous ended.
 */
final class InvocationChannel implements RuntimeApi {
  private static final String STARTED = "Started";
  private static final String READY = "Ready";
  private static final String RUNNING = "Running";
  private static final String RESPONSE_SENT = "RuntimeResponseSentState";
  private static final String INIT_ERROR = "InitError";
  private static final PendingInvocation STOP = new PendingInvocation(null, null, 0);

  private final BlockingQueue<PendingInvocation> handoff = new LinkedBlockingQueue<>();
  private String state = STARTED;
  private PendingInvocation running;
  private Reply.InitError initError;
  private boolean stopped;
  private long firstNextNanos;
  private volatile HandOverListener onHandOver = () -> {};

  /** What runs on the thread that hands an invocation over, before the process gets it. */
  interface HandOverListener {
    void handingOver() throws InterruptedException;
  }

  void onHandOver(HandOverListener listener) {
    this.onHandOver = listener;
  }

  /** Queues an invocation for the process; answers it at once if the process cannot take it. */
  void submit(PendingInvocation invocation) {
    Reply early;
    synchronized (this) {
      early = stopped ? new Reply.Exited(-1) : initError;
      if (early == null) {
        handoff.add(invocation);
        return;
      }
    }
    invocation.answer(early);
  }

  /** The process exited: answers whatever it held or had queued, and refuses everything after. */
  void exited(int status) {
    PendingInvocation held;
    synchronized (this) {
      stopped = true;
      held = running;
      running = null;
    }
    Reply exit = new Reply.Exited(status);
    if (held != null) {
      held.answer(exit);
    }
    for (PendingInvocation queued; (queued = handoff.poll()) != null; ) {
      if (queued != STOP) {
        queued.answer(exit);
      }
    }
    handoff.add(STOP);
  }

  /** When the process first asked for an invocation ({@code nanoTime}), or 0. */
  synchronized long firstNextNanos() {
    return firstNextNanos;
  }

  @Override
  public NextAnswer next() throws InterruptedException {
    synchronized (this) {
      if (stopped) {
        return ApiAnswer.stopping();
      }
      if (state.equals(RUNNING) || state.equals(INIT_ERROR)) {
        return ApiAnswer.forbidden(state, READY);
      }
      state = READY;
      if (firstNextNanos == 0) {
        firstNextNanos = System.nanoTime();
      }
    }
    PendingInvocation invocation = handoff.take();
    synchronized (this) {
      if (invocation == STOP || stopped) {
        handoff.add(STOP);
        if (invocation != STOP) {
          invocation.answer(new Reply.Exited(-1));
        }
        return ApiAnswer.stopping();
      }
      state = RUNNING;
      running = invocation;
    }
    onHandOver.handingOver();
    return invocation.handOver();
  }

  @Override
  public ApiAnswer response(String requestId, BoundedBody body) {
    PendingInvocation invocation;
    synchronized (this) {
      ApiAnswer refused = refuseUnlessRunning(requestId, "InvocationResponse");
      if (refused != null) {
        return refused;
      }
      invocation = finish();
    }
    invocation.answer(new Reply.Response(body));
    // The response is over Lambda's limit: Lambda answers the invoker with an error and the
    // runtime with 413; the host turns the oversized payload into Function.ResponseSizeTooLarge.
    return body.overLimit()
        ? ApiAnswer.tooLarge(RuntimeApiServer.MAX_PAYLOAD_BYTES)
        : ApiAnswer.ACCEPTED;
  }

  @Override
  public ApiAnswer error(String requestId, String errorType, BoundedBody body) {
    PendingInvocation invocation;
    synchronized (this) {
      ApiAnswer refused = refuseUnlessRunning(requestId, "InvocationErrorResponse");
      if (refused != null) {
        return refused;
      }
      invocation = finish();
    }
    invocation.answer(new Reply.ErrorResponse(errorType, body));
    return ApiAnswer.ACCEPTED;
  }

  @Override
  public ApiAnswer initError(String errorType, BoundedBody body) {
    Reply.InitError error = new Reply.InitError(errorType, body);
    synchronized (this) {
      if (!state.equals(STARTED) && !state.equals(READY)) {
        return ApiAnswer.forbidden(state, INIT_ERROR);
      }
      state = INIT_ERROR;
      initError = error;
    }
    // "Error will be served in response to the first invoke": the one queued, or the next.
    for (PendingInvocation queued; (queued = handoff.poll()) != null; ) {
      if (queued != STOP) {
        queued.answer(error);
      }
    }
    return ApiAnswer.ACCEPTED;
  }

  private ApiAnswer refuseUnlessRunning(String requestId, String toState) {
    if (!state.equals(RUNNING)) {
      return ApiAnswer.forbidden(state, toState);
    }
    if (!running.requestId().equals(requestId)) {
      return ApiAnswer.invalidRequestId();
    }
    return null;
  }

  private PendingInvocation finish() {
    PendingInvocation invocation = running;
    running = null;
    state = RESPONSE_SENT;
    return invocation;
  }
}
