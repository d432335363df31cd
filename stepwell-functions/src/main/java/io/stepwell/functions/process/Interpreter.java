package io.stepwell.functions.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * An interpreter found on this machine, by what it says of itself: its real executable (behind
 * launchers such as pyenv's shims, which would add their own start-up to every cold start) and its
 * version.
 *
 * @param executable the path to run
 * @param version e.g. {@code v20.11.0} or {@code 3.11.7}
 */
record Interpreter(String executable, String version) {
  /** What each command said of itself: asked once per JVM, as the answer does not change. */
  private static final Map<List<String>, Interpreter> KNOWN = new ConcurrentHashMap<>();

  /** Node.js: {@code process.execPath} and {@code process.version}. */
  static Interpreter node(String command) throws IOException {
    return probe(command, "-p", "process.execPath + '\\n' + process.version");
  }

  /** Python: {@code sys.executable} and the version. */
  static Interpreter python(String command) throws IOException {
    return probe(
        command,
        "-c",
        "import sys; print(sys.executable); print('%d.%d.%d' % sys.version_info[:3])");
  }

  private static Interpreter probe(String command, String... args) throws IOException {
    List<String> line = new ArrayList<>();
    line.add(command);
    line.addAll(List.of(args));
    Interpreter known = KNOWN.get(line);
    if (known == null) {
      known = ask(line);
      KNOWN.put(line, known);
    }
    return known;
  }

  private static Interpreter ask(List<String> line) throws IOException {
    String command = line.getFirst();
    Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IOException(command + " did not run: " + output.strip());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new IOException("interrupted while asking " + command + " for its version", e);
    }
    String[] lines = output.strip().split("\\R");
    if (lines.length < 2 || lines[0].isBlank()) {
      throw new IOException(command + " answered unexpectedly: " + output.strip());
    }
    return new Interpreter(lines[0].strip(), lines[1].strip());
  }
}
