/**
 * Definition-time checks, as AWS's {@code ValidateStateMachineDefinition} and {@code
 * CreateStateMachine} make them: a list of diagnostics with JSON-pointer locations, never an
 * exception.
 */
package io.stepwell.asl.validate;
