/**
 * The store interface: what the engine keeps durably (state machines, executions, each execution's
 * journal of events and its history, pending timers and task tokens, activities and the workers'
 * claims on their tasks), and the in-memory implementation. One interface fits the embedded SQLite
 * store and PostgreSQL shared by several nodes: every change of an execution is one atomic {@link
 * Store#appendStep} guarded by the journal's sequence number, timers are claimed with a lease, an
 * activity task is claimed once, by one worker, and a nested execution's link to its waiting parent
 * is taken once. Closed executions are deleted in batches once their retention has passed.
 */
package io.stepwell.engine.store;
