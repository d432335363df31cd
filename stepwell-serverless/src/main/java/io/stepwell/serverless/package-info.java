/**
 * Serverless Framework projects that use the serverless-step-functions plugin, on Stepwell: {@link
 * io.stepwell.serverless.ProjectReader} reads {@code serverless.yml} into a resolved {@link
 * io.stepwell.serverless.Project} (functions, state machines, their {@code http} and {@code
 * schedule} events), {@link io.stepwell.serverless.Deployer} registers the functions on a {@code
 * FunctionHost} and creates or updates the state machines on an {@code Engine}, idempotently. The
 * sub-packages read YAML with positions ({@code yaml}), resolve the Framework's variables ({@code
 * variables}) and CloudFormation's intrinsic functions ({@code cloudformation}), and run
 * EventBridge schedules durably on the engine ({@code schedule}).
 */
package io.stepwell.serverless;
