/**
 * The engine's {@link io.stepwell.engine.store.Store} on a relational database through JDBC: one
 * implementation, {@link io.stepwell.store.jdbc.JdbcStore}, and a small dialect per database
 * (SQLite embedded in one process, PostgreSQL shared by several nodes) for what differs: how
 * connections are opened and pooled, how a write transaction starts, and how due timers are locked
 * while they are claimed. The schema is versioned by Flyway migrations under {@code db/<dialect>/}.
 */
package io.stepwell.store.jdbc;
