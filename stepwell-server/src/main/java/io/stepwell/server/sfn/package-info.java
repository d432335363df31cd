/**
 * The Step Functions API: one JSON action per AWS action, mapped onto the engine, with AWS's
 * response shapes, paging tokens and error names. {@link io.stepwell.server.sfn.StepFunctionsApi}
 * registers them; one class per group of actions (state machines, versions and aliases, executions,
 * tasks and activities, tags, TestState).
 */
package io.stepwell.server.sfn;
