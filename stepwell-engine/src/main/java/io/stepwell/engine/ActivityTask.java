package io.stepwell.engine;

/**
 * What {@code GetActivityTask} hands a worker: the token to answer with ({@code SendTaskSuccess},
 * {@code SendTaskFailure}, {@code SendTaskHeartbeat}) and the task's input.
 *
 * @param taskToken the token the worker answers with
 * @param input the Task state's effective input, as JSON text
 */
public record ActivityTask(String taskToken, String input) {}
