package io.stepwell.bench;

import io.stepwell.engine.Engine;
import io.stepwell.engine.store.Store;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Heap used per waiting Standard execution: parks {@code --executions} executions in a Wait of one
 * day on one store, forces garbage collections, and divides the growth of the used heap by the
 * executions. With {@code --histogram N} it prints the top N lines of the class histogram ({@code
 * jcmd <pid> GC.class_histogram}) taken while they wait.
 *
 * <p>Run (one store per JVM, so that nothing of another run is on the heap): {@code java -cp
 * bench/target/benchmarks.jar io.stepwell.bench.WaitingMemory --store sqlite --executions 100000}.
 */
public final class WaitingMemory {
  private static final int STARTERS = 64;

  private WaitingMemory() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = Args.parse(args);
    String kind = options.getOrDefault("store", "memory");
    int executions = Integer.parseInt(options.getOrDefault("executions", "100000"));
    int histogram = Integer.parseInt(options.getOrDefault("histogram", "0"));
    try (BenchStores factory = new BenchStores();
        Store store = factory.open(kind);
        Engine engine = StandardLoad.engine(store)) {
      String sm =
          engine
              .createStateMachine("park", Workflows.waitThenSucceed(86_400), "STANDARD", null)
              .arn();
      // classes loaded and code compiled before the baseline
      for (int i = 0; i < 200; i++) {
        engine.startExecution(sm, "warm" + i, StandardLoad.INPUT);
      }
      long before = usedHeapAfterGc();
      long t0 = System.nanoTime();
      AtomicInteger next = new AtomicInteger();
      List<Thread> starters = new ArrayList<>();
      for (int s = 0; s < STARTERS; s++) {
        starters.add(
            Thread.ofVirtual()
                .start(() -> {
                  for (int i = next.getAndIncrement(); i < executions; i = next.getAndIncrement()) {
                    engine.startExecution(sm, "p" + i, StandardLoad.INPUT);
                  }
                }));
      }
      for (Thread t : starters) {
        t.join();
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      long after = usedHeapAfterGc();
      System.out.printf(
          Locale.ROOT,
          "store %s: %d executions waiting (started in %.1f s, %,.0f/s); heap used %,d -> %,d"
              + " bytes: %,.0f bytes per waiting execution%n",
          kind,
          executions,
          seconds,
          executions / seconds,
          before,
          after,
          (after - before) / (double) executions);
      System.out.println(
          "running, per store: "
              + engine.debugState(sm.replace(":stateMachine:", ":execution:") + ":p0"));
      if (histogram > 0) {
        printHistogram(histogram);
      }
    }
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    var memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    // several collections until the figure settles: finalization and soft references lag one
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(200);
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  /** The class histogram through the DiagnosticCommand MBean: in process, no attach needed. */
  private static void printHistogram(int lines) throws JMException {
    Object text =
        ManagementFactory.getPlatformMBeanServer()
            .invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"),
                "gcClassHistogram",
                new Object[] {new String[0]},
                new String[] {String[].class.getName()});
    String[] all = String.valueOf(text).split("\n");
    for (int i = 0; i < all.length; i++) {
      if (i < lines + 2 || all[i].startsWith("Total")) {
        System.out.println(all[i]);
      }
    }
  }
}
