package io.stepwell.engine.store;

import java.time.Instant;

/**
 * One revision of a state machine.
 *
 * @param arn the state machine's ARN (without revision)
 * @param name its name
 * @param type {@code STANDARD} or {@code EXPRESS}
 * @param definition the definition text as the user gave it
 * @param roleArn the role ARN the user gave
 * @param revision 1 for the first, incremented by each update
 * @param createdAt when the state machine was created
 * @param updatedAt when this revision was made
 */
public record StateMachineRecord(
    String arn,
    String name,
    String type,
    String definition,
    String roleArn,
    int revision,
    Instant createdAt,
    Instant updatedAt) {}
