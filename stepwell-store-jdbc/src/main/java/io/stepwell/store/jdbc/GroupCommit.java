package io.stepwell.store.jdbc;

import io.stepwell.engine.store.StepRecord;
import io.stepwell.engine.store.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Group commit: steps that callers append at the same time are written in one transaction, so
 * durable throughput is bounded by steps per commit times commits per second, not by commits alone.
 *
 * <p>Implementation note: one writer thread. Callers queue their steps and wait; the writer takes
 * everything queued, writes each step under its own savepoint (a step refused for a stale journal
 * size is undone alone), commits once and hands each caller its result; steps queued meanwhile go
 * in its next round. When {@code appendStep} returns, the step is committed, exactly as without
 * grouping: grouping never acknowledges a step early. Used where the database has one writer anyway
 * (SQLite); PostgreSQL commits concurrent transactions in parallel and groups them itself.
 */
final class GroupCommit {
  private static final int MAX_BATCH = 256;

  private final Database db;
  private final java.util.concurrent.LinkedBlockingQueue<Pending> queue =
      new java.util.concurrent.LinkedBlockingQueue<>();
  private final Thread writer;
  private volatile boolean closed;

  private record Pending(String what, Database.Work<?> work, CompletableFuture<Object> done) {}

  GroupCommit(Database db) {
    this.db = db;
    this.writer = Thread.ofVirtual().name("stepwell-group-commit").start(this::run);
  }

  /** Stops the writer once the steps already queued are written. */
  void close() {
    closed = true;
    writer.interrupt();
    try {
      writer.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Appends a step; returns when it is committed, or throws what refused it. */
  void append(String executionArn, long expected, StepRecord step) {
    run(
        "append a step to " + executionArn,
        c -> {
          Steps.append(c, executionArn, expected, step);
          return null;
        });
  }

  /**
   * Runs one piece of work in the next group's transaction (under its own savepoint) and returns
   * its result once that transaction is committed.
   */
  <T> T run(String what, Database.Work<T> work) {
    if (closed) {
      throw new StoreException("the store is closed");
    }
    Pending mine = new Pending(what, work, new CompletableFuture<>());
    queue.add(mine);
    try {
      @SuppressWarnings("unchecked")
      T result = (T) mine.done().get();
      return result;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting to " + what, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof StoreException se) {
        throw se;
      }
      throw new StoreException("cannot " + what, e.getCause());
    }
  }

  private void run() {
    List<Pending> batch = new ArrayList<>(MAX_BATCH);
    while (true) {
      try {
        Pending first = queue.take();
        batch.add(first);
        queue.drainTo(batch, MAX_BATCH - 1);
        write(batch);
        batch.clear();
      } catch (InterruptedException e) {
        if (closed) {
          List<Pending> left = new ArrayList<>();
          queue.drainTo(left);
          if (!left.isEmpty()) {
            write(left);
          }
          return;
        }
      } catch (RuntimeException e) {
        // write() completes every future itself; keep serving
        batch.clear();
      }
    }
  }

  private void write(List<Pending> batch) {
    List<Object> results = new ArrayList<>(batch.size());
    List<RuntimeException> refused = new ArrayList<>(batch.size());
    try {
      db.write(
          "write " + batch.size() + " steps",
          c -> {
            results.clear();
            refused.clear();
            for (Pending p : batch) {
              execute(c, "SAVEPOINT step");
              try {
                results.add(p.work().run(c));
                execute(c, "RELEASE SAVEPOINT step");
                refused.add(null);
              } catch (StoreException e) {
                execute(c, "ROLLBACK TO SAVEPOINT step");
                execute(c, "RELEASE SAVEPOINT step");
                results.add(null);
                refused.add(e);
              } catch (SQLException e) {
                execute(c, "ROLLBACK TO SAVEPOINT step");
                execute(c, "RELEASE SAVEPOINT step");
                results.add(null);
                refused.add(new StoreException("cannot " + p.what() + ": " + e.getMessage(), e));
              }
            }
            return null;
          });
    } catch (RuntimeException e) {
      // The commit failed: nothing of the batch was written.
      for (Pending p : batch) {
        p.done().completeExceptionally(e);
      }
      return;
    }
    for (int i = 0; i < batch.size(); i++) {
      RuntimeException e = refused.get(i);
      if (e == null) {
        batch.get(i).done().complete(results.get(i));
      } else {
        batch.get(i).done().completeExceptionally(e);
      }
    }
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
