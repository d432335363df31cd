package io.stepwell.server;

import io.stepwell.engine.Engine;
import io.stepwell.functions.FunctionHost;

/**
 * What the server's features share.
 *
 * @param engine the engine every request runs on
 * @param functions the functions Lambda tasks and the Lambda API run, or {@code null} when none
 * @param api the AWS JSON 1.0 actions, served at {@code POST /}
 */
public record ServerParts(Engine engine, FunctionHost functions, AwsJsonApi api) {}
