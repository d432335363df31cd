/**
 * Definition-time checks, as AWS's {@code ValidateStateMachineDefinition} and {@code
 * CreateStateMachine} make them: a list of diagnostics with AWS's codes, wording and locations
 * ({@code /States/A/Choices[0]/Next}), never an exception from {@link
 * io.stepwell.asl.validate.Validator#validate}.
 *
 * <p>It works on the raw JSON tree, not on a model, so that it can report every problem where it
 * is. The checks run in AWS's order: the text ({@code DefinitionText}); the schema of the machine
 * and nested machines ({@code ContainerChecks}), of each state ({@code StateChecks} and one class
 * per state type), of retriers and catchers, payload templates, paths, intrinsic calls and Task
 * resources, {@code Assign} fields and variable names ({@code AssignChecks}) and the {@code
 * $states} fields JSONata expressions read ({@code StatesFieldChecks}); then, only when the schema
 * holds, transitions and reachability ({@code GraphChecks}) and variable scopes ({@code
 * VariableScopes}). {@code Messages} holds the wording and says where each message comes from.
 */
package io.stepwell.asl.validate;
