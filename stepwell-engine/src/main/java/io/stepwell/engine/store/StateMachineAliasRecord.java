package io.stepwell.engine.store;

import java.time.Instant;
import java.util.List;

/**
 * A state machine alias ({@code CreateStateMachineAlias}): a name that starts executions of one or
 * two versions, picked by weight.
 *
 * @param arn the alias's ARN, the state machine's ARN followed by {@code :NAME}
 * @param stateMachineArn the state machine's ARN
 * @param name the alias's name
 * @param description the description the user gave, or {@code null}
 * @param routing one or two versions with weights summing to 100
 * @param createdAt when it was created
 * @param updatedAt when it was last changed
 */
public record StateMachineAliasRecord(
    String arn,
    String stateMachineArn,
    String name,
    String description,
    List<AliasRoute> routing,
    Instant createdAt,
    Instant updatedAt) {
  public StateMachineAliasRecord {
    routing = List.copyOf(routing);
  }
}
