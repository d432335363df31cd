package io.stepwell.functions.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The peak memory of a process, as Lambda's {@code Max Memory Used}: Linux's {@code VmHWM}. */
final class ProcessMemory {
  private ProcessMemory() {}

  /** The peak resident memory of {@code pid} in MB (rounded up), or 0 where it cannot be read. */
  static long peakMb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmHWM:")) {
          long kb = Long.parseLong(line.substring(6).replace("kB", "").trim());
          return (kb + 1023) / 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux, or the process is gone: Lambda would know, we report nothing.
    }
    return 0;
  }
}
