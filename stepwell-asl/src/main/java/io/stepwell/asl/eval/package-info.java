/**
 * The interpreter: a deterministic step function. Given an execution's state and an event (a task
 * answered, a timer fired, a stop requested, a redrive), it advances every branch as far as it can
 * and returns the commands to carry out (invoke this task, start this timer, finish the execution)
 * and the history events that happened. One handler class per state type; {@code Redrive} runs an
 * ended execution again from what did not succeed, {@code HistoryLimit} caps its history.
 */
package io.stepwell.asl.eval;
