package io.stepwell.server.lambda;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reloads functions whose code is a local path ({@code S3Bucket: hot-reload}) when the files
 * change, as LocalStack does: a change is applied once the files have stayed the same for {@link
 * #QUIET} (a build writing many files triggers one reload, not many), and the new code is deployed
 * beside the old, so a build that leaves broken code keeps the last good version running.
 */
final class HotReloader implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(HotReloader.class.getName());
  static final Duration POLL = Duration.ofMillis(200);
  static final Duration QUIET = Duration.ofMillis(500);

  /** Per function: the fingerprint deployed, and the latest one seen and since when. */
  private record Watch(long applied, long seen, long seenAtNanos) {}

  private final FunctionCatalog catalog;
  private final Map<String, Watch> watches = new ConcurrentHashMap<>();
  private volatile Thread poller;

  HotReloader(FunctionCatalog catalog) {
    this.catalog = catalog;
  }

  /** Starts polling on a virtual thread. */
  synchronized void start() {
    if (poller == null) {
      poller = Thread.ofVirtual().name("stepwell-hot-reload").start(this::run);
    }
  }

  /** Records the code a function was just deployed with. */
  void deployed(String name, FunctionCode code) {
    if (code.hotReload()) {
      long fp = CodeDigest.fingerprint(code.path());
      watches.put(name, new Watch(fp, fp, System.nanoTime()));
    } else {
      watches.remove(name);
    }
  }

  void forget(String name) {
    watches.remove(name);
  }

  /** One pass over the watched functions (the poller calls it; tests may too). */
  void poll() {
    for (FunctionCatalog.Entry e : catalog.hotReloaded()) {
      String name = e.config().name();
      long fp = CodeDigest.fingerprint(e.record().code().path());
      long now = System.nanoTime();
      Watch w = watches.get(name);
      if (w == null) {
        watches.put(name, new Watch(fp, fp, now));
      } else if (fp == w.applied()) {
        if (w.seen() != fp) {
          watches.put(name, new Watch(fp, fp, now));
        }
      } else if (fp != w.seen()) {
        watches.put(name, new Watch(w.applied(), fp, now));
      } else if (now - w.seenAtNanos() >= QUIET.toNanos()) {
        watches.put(name, new Watch(fp, fp, now));
        reload(name);
      }
    }
  }

  private void reload(String name) {
    try {
      catalog.reload(name);
      LOG.info(() -> "hot reloaded function " + name);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "hot reload of " + name + " failed; the previous code still runs", e);
    }
  }

  private void run() {
    while (!Thread.currentThread().isInterrupted()) {
      try {
        Thread.sleep(POLL);
        poll();
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "hot reload poll failed", e);
      }
    }
  }

  @Override
  public synchronized void close() {
    if (poller != null) {
      poller.interrupt();
      poller = null;
    }
  }
}
