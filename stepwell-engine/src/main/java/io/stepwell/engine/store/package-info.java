/**
 * The store interface: what the engine keeps durably (state machines, executions, each execution's
 * journal of events and its history, pending timers and task tokens, activities and the workers'
 * claims on their tasks), and the in-memory implementation. One interface fits the embedded SQLite
 * store and PostgreSQL shared by several nodes: every change of an execution is one atomic {@link
 * Store#appendStep} guarded by the journal's sequence number, timers are claimed with a lease, and
 * an activity task is claimed once, by one worker.
 */
package io.stepwell.engine.store;
