package io.stepwell.store.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs work on several threads released at the same moment, for races that must be real. */
final class Concurrently {
  /** One thread's work. */
  @FunctionalInterface
  interface Work<T> {
    T run(int thread) throws Exception;
  }

  private Concurrently() {}

  /** The results in thread order; the first failure is thrown. */
  static <T> List<T> run(int threads, Work<T> work) throws Exception {
    CyclicBarrier start = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        int thread = i;
        futures.add(
            pool.submit(() -> {
              start.await(10, TimeUnit.SECONDS);
              return work.run(thread);
            }));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get(30, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
