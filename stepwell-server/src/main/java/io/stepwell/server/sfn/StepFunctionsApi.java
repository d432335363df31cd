package io.stepwell.server.sfn;

import io.helidon.webserver.http.HttpRouting;
import io.stepwell.engine.store.Store;
import io.stepwell.server.ServerFeature;
import io.stepwell.server.ServerParts;
import java.time.Duration;

/**
 * The Step Functions API ({@code X-Amz-Target: AWSStepFunctions.<Action>}) over the engine: state
 * machines, versions and aliases, executions and their histories, task callbacks, activities, tags,
 * {@code ValidateStateMachineDefinition} and {@code TestState}, with AWS's shapes, paging and
 * errors. Map Runs are not served (the engine keeps a Distributed Map's children inside its
 * parent).
 *
 * <p>Tags, logging and tracing configurations and a role changed by {@code UpdateStateMachine} are
 * kept by the server, in memory unless a {@link TagStore} is given (the engine's store has no place
 * for them yet).
 */
public final class StepFunctionsApi implements ServerFeature {
  static final String SERVICE = "AWSStepFunctions";

  private final Store store;
  private final TagStore tags;
  private Duration activityPoll = Duration.ofSeconds(60);

  /** The API with tags in memory, knowing earlier revisions only from this server's updates. */
  public StepFunctionsApi() {
    this(null, TagStore.inMemory());
  }

  /**
   * The API reading earlier revisions of state machines from {@code store} (the engine's own), so
   * that versions and executions of old revisions describe exactly after a restart.
   *
   * @param store the engine's store, or {@code null}
   * @param tags where tags are kept
   */
  public StepFunctionsApi(Store store, TagStore tags) {
    this.store = store;
    this.tags = tags;
  }

  /** How long {@code GetActivityTask} waits for a task (AWS: 60 s; shorter for tests). */
  public StepFunctionsApi activityPoll(Duration wait) {
    this.activityPoll = wait;
    return this;
  }

  @Override
  public void register(HttpRouting.Builder routing, ServerParts parts) {
    Context cx = new Context(parts.engine(), new Settings(parts.engine(), store), tags);
    new StateMachineActions(cx).register(parts.api());
    new VersionActions(cx).register(parts.api());
    new ExecutionActions(cx).register(parts.api());
    new TaskActions(cx, activityPoll).register(parts.api());
    new TagActions(cx).register(parts.api());
    TestStateAction testState = new TestStateAction(cx);
    parts.api().register(SERVICE, "TestState", b -> testState.handle(new Req(b)));
  }
}
