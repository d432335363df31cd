package io.stepwell.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real {@code stepwell serve} in a child JVM, as a user starts it. */
final class ServerProcess implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

  private final Process process;
  private final String endpoint;
  private final StringBuilder output = new StringBuilder();

  private ServerProcess(Process process, String endpoint) {
    this.process = process;
    this.endpoint = endpoint;
  }

  static ServerProcess start(String... args) throws IOException {
    return start(java.util.Map.of(), args);
  }

  /** Started with these environment variables added. */
  static ServerProcess start(java.util.Map<String, String> env, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("--enable-native-access=ALL-UNNAMED");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.add("serve");
    command.add("--port");
    command.add("0");
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(env);
    Process p = builder.start();
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    String line;
    while ((line = reader.readLine()) != null) {
      seen.append(line).append('\n');
      Matcher m = LISTENING.matcher(line);
      if (m.find()) {
        ServerProcess server = new ServerProcess(p, m.group(1));
        server.output.append(seen);
        Thread.ofVirtual().start(() -> server.drain(reader));
        return server;
      }
    }
    throw new IllegalStateException("stepwell serve ended before listening:\n" + seen);
  }

  private void drain(BufferedReader reader) {
    try {
      String line;
      while ((line = reader.readLine()) != null) {
        synchronized (output) {
          output.append(line).append('\n');
        }
      }
    } catch (IOException e) {
      // the process ended
    }
  }

  String endpoint() {
    return endpoint;
  }

  String output() {
    synchronized (output) {
      return output.toString();
    }
  }

  /** {@code kill -9}: no shutdown hook runs. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(10, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        kill();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
