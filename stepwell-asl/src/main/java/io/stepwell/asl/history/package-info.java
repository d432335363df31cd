/**
 * Execution history events as AWS's {@code GetExecutionHistory} shows them: the event types by
 * their AWS names and their detail fields.
 */
package io.stepwell.asl.history;
