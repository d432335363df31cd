package io.stepwell.serverless;

/**
 * An {@code http} event: API Gateway starts the state machine for requests to {@code path}.
 *
 * @param path with a leading slash, e.g. {@code /hello/{name}}
 * @param method upper case, e.g. {@code POST}; {@code ANY} for every method
 * @param stateMachineArn the state machine it starts
 * @param action {@code StartExecution} (the plugin's default) or {@code StartSyncExecution}
 */
public record HttpTrigger(String path, String method, String stateMachineArn, String action) {}
