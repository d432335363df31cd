package io.stepwell.engine;

import io.stepwell.asl.eval.Event;
import io.stepwell.asl.eval.ExecutionState;
import io.stepwell.asl.eval.ExecutionStatus;
import io.stepwell.asl.eval.Interpreter;
import io.stepwell.asl.eval.Step;
import io.stepwell.engine.internal.JournalCodec;
import io.stepwell.engine.internal.Steps;
import io.stepwell.engine.store.ConcurrentStepException;
import io.stepwell.engine.store.ExecutionRecord;
import io.stepwell.engine.store.StateMachineRecord;
import io.stepwell.engine.store.StepRecord;
import io.stepwell.engine.store.Store;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The step loop: one event at a time per execution (a striped lock per node), the execution's state
 * from a bounded cache or rebuilt by replaying its journal, the step committed with the journal
 * size it was built from, and the step's effects only after the commit. A stale journal size
 * (another node came first) drops the cached state, replays and tries again.
 */
final class StepLoop {
  /** Builds the interpreter of a state machine revision, its randomness seeded. */
  @FunctionalInterface
  interface Interpreters {
    Interpreter of(StateMachineRecord stateMachine, long seed);
  }

  /** What happens once a step is committed: tasks dispatched, listeners told, timers woken. */
  @FunctionalInterface
  interface Committed {
    void after(String executionArn, Step step, StepRecord record);
  }

  /** An execution's state in memory, and how many journal entries it was built from. */
  static final class Loaded {
    final Interpreter interpreter;
    final ExecutionState state;
    long journalSize;

    Loaded(Interpreter interpreter, ExecutionState state, long journalSize) {
      this.interpreter = interpreter;
      this.state = state;
      this.journalSize = journalSize;
    }
  }

  private final Store store;
  private final Function<String, Store> storeFor;
  private final InstantSource clock;
  private final Interpreters interpreters;
  private final Committed committed;
  private final ReentrantLock[] locks = new ReentrantLock[64];

  /**
   * States of busy executions, least recently used dropped first: an execution waiting for hours
   * need not hold memory, its journal rebuilds it when it wakes.
   */
  private final Map<String, Loaded> cache;

  StepLoop(
      Store store,
      Function<String, Store> storeFor,
      InstantSource clock,
      int cachedExecutions,
      Interpreters interpreters,
      Committed committed) {
    this.store = store;
    this.storeFor = storeFor;
    this.clock = clock;
    this.interpreters = interpreters;
    this.committed = committed;
    this.cache =
        java.util.Collections.synchronizedMap(
            new LinkedHashMap<String, Loaded>(1024, 0.75f, true) {
              private static final long serialVersionUID = 1L;

              @Override
              protected boolean removeEldestEntry(Map.Entry<String, Loaded> eldest) {
                return size() > cachedExecutions;
              }
            });
    for (int i = 0; i < locks.length; i++) {
      locks[i] = new ReentrantLock();
    }
  }

  /** The lock that one execution's steps are taken under on this node. */
  ReentrantLock lock(String arn) {
    return locks[Math.floorMod(arn.hashCode(), locks.length)];
  }

  /** Keeps the state of an execution just started (under its lock). */
  void started(String arn, Interpreter interpreter, ExecutionState state) {
    if (state.status() == ExecutionStatus.RUNNING) {
      cache.put(arn, new Loaded(interpreter, state, 1));
    }
  }

  boolean isCached(String arn) {
    return cache.containsKey(arn);
  }

  /** Hands a running execution one event and commits the step; ignored once it has ended. */
  void handle(String arn, Event event) {
    step(arn, event, JournalCodec.event(event));
  }

  /**
   * Hands an execution one event and commits the step, retried when another node came first.
   *
   * @return the committed step, or {@code null} when the interpreter did not take the event (an
   *     ended execution; for a redrive, one that may not be redriven): nothing was written
   */
  Step step(String arn, Event event, String journalEntry) {
    boolean redrive = event instanceof Event.RedriveRequested;
    ReentrantLock lock = lock(arn);
    lock.lock();
    try {
      for (int attempt = 0; ; attempt++) {
        Loaded loaded = cache.get(arn);
        if (loaded == null) {
          loaded = replay(arn);
        }
        int redrives = loaded.state.redriveCount();
        if (!redrive && loaded.state.status() != ExecutionStatus.RUNNING) {
          return null;
        }
        Step step = loaded.interpreter.handle(loaded.state, event);
        if (redrive && loaded.state.redriveCount() == redrives) {
          return null;
        }
        StepRecord record = Steps.record(arn, step, event, journalEntry, clock.instant());
        try {
          storeFor.apply(arn).appendStep(arn, loaded.journalSize, record);
        } catch (ConcurrentStepException e) {
          cache.remove(arn);
          if (attempt < 5) {
            continue;
          }
          throw e;
        } catch (RuntimeException e) {
          cache.remove(arn);
          throw e;
        }
        loaded.journalSize++;
        if (loaded.state.status() == ExecutionStatus.RUNNING) {
          cache.put(arn, loaded);
        } else {
          cache.remove(arn);
        }
        committed.after(arn, step, record);
        return step;
      }
    } finally {
      lock.unlock();
    }
  }

  /** Rebuilds an execution's state from its journal. */
  private Loaded replay(String arn) {
    ExecutionRecord execution =
        storeFor
            .apply(arn)
            .execution(arn)
            .orElseThrow(() ->
                new EngineException(
                    "ExecutionDoesNotExist", "Execution Does Not Exist: '" + arn + "'"));
    List<String> journal = storeFor.apply(arn).journal(arn);
    StateMachineRecord sm =
        store
            .stateMachine(execution.stateMachineArn(), execution.revision())
            .orElseThrow(
                () -> new EngineException("StateMachineDoesNotExist", execution.stateMachineArn()));
    Interpreter interpreter = interpreters.of(sm, JournalCodec.seed(journal.getFirst()));
    ExecutionState state = interpreter.start(JournalCodec.startInfo(journal.getFirst())).state();
    for (int i = 1; i < journal.size(); i++) {
      interpreter.handle(state, JournalCodec.decode(journal.get(i)));
    }
    return new Loaded(interpreter, state, journal.size());
  }
}
