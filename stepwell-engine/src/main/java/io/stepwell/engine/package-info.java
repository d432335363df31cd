/**
 * The engine: durable Standard executions and fast Express executions on top of the pure
 * interpreter. It persists each interpreter step, drives timers and tasks (activity tasks wait for
 * workers that poll for them), and rebuilds an execution's state by replaying its journal, so that
 * no state lives only in one process. State machines have published versions and aliases that route
 * executions to them, as on AWS. Failed, timed-out and aborted executions can be redriven; a
 * Standard execution's history is capped as on AWS; closed executions are deleted after their
 * retention.
 */
package io.stepwell.engine;
