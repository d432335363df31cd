package io.stepwell.store.jdbc;

/**
 * How hard SQLite works to keep a committed step ({@code PRAGMA synchronous}, in WAL mode).
 *
 * <p>The engine calls a step committed when {@link io.stepwell.engine.store.Store#appendStep}
 * returns, so {@link #FULL} is the default: nothing less keeps that promise through a power cut.
 */
public enum SqliteSync {
  /**
   * Every commit is flushed to the disk ({@code fsync} of the write-ahead log) before it returns: a
   * committed step survives the process being killed ({@code kill -9}), an operating system crash
   * and a power cut.
   */
  FULL,
  /**
   * Commits reach the operating system but are flushed only at checkpoints: a committed step
   * survives the process being killed, but the last steps before a power cut or an operating system
   * crash may be lost (the database itself stays consistent). Faster on slow disks.
   */
  NORMAL
}
