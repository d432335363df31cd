package io.stepwell.engine.store;

import java.time.Instant;

/**
 * A published version of a state machine ({@code PublishStateMachineVersion}): an immutable name
 * for one revision.
 *
 * @param arn the version's ARN, the state machine's ARN followed by {@code :N}
 * @param stateMachineArn the state machine's ARN
 * @param version N, from 1, one higher than the highest published before
 * @param revision the state machine revision the version runs
 * @param description the description the user gave, or {@code null}
 * @param createdAt when it was published
 */
public record StateMachineVersionRecord(
    String arn,
    String stateMachineArn,
    int version,
    int revision,
    String description,
    Instant createdAt) {}
