/**
 * EventBridge schedules: {@code rate()} and {@code cron()} expressions with their next fire times
 * in UTC, and {@code ScheduleRunner}, which runs each schedule as a hidden state machine on the
 * engine so that it survives restarts with no store of its own.
 */
package io.stepwell.serverless.schedule;
