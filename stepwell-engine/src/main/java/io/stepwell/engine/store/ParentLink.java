package io.stepwell.engine.store;

/**
 * A parent execution's Task state waiting for a child execution to end ({@code
 * states:startExecution.sync} and {@code .sync:2}). Kept in the store so that whichever node sees
 * the child end answers the parent, and a notification lost in a crash is found again.
 *
 * @param childArn the child execution
 * @param parentArn the parent execution
 * @param taskId the parent's task that waits
 * @param resource the parent Task state's resource (its pattern decides the answer's shape)
 */
public record ParentLink(String childArn, String parentArn, long taskId, String resource) {}
