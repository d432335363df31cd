package io.stepwell.store.jdbc;

import io.stepwell.engine.Engine;
import io.stepwell.engine.TaskOutcome;
import io.stepwell.engine.store.ExecutionRecord;
import io.stepwell.engine.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;

/**
 * A Stepwell process for {@link EngineCrashRecoveryTest}: {@code start DIR N} starts N executions
 * on a SQLite store in DIR and keeps running until it is killed; {@code resume DIR} answers every
 * task token written so far and waits until every execution has ended.
 */
public final class CrashWorker {
  static final String MACHINE =
      """
      {"StartAt":"Record","States":{
        "Record":{"Type":"Pass","Result":"recorded","ResultPath":"$.booking","Next":"Split"},
        "Split":{"Type":"Choice","Choices":[{"Variable":"$.kind","StringEquals":"timer","Next":"Hold"}],"Default":"SendSms"},
        "Hold":{"Type":"Wait","Seconds":3,"Next":"Done"},
        "SendSms":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken",
          "Parameters":{"token.$":"$$.Task.Token","n.$":"$.n"},"ResultPath":"$.reply","Next":"Cooldown"},
        "Cooldown":{"Type":"Wait","Seconds":1,"Next":"Done"},
        "Done":{"Type":"Succeed"}}}
      """;

  private CrashWorker() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[1]);
    Path tokens = dir.resolve("tokens.txt");
    String pgUrl = args[0].equals("start") ? arg(args, 3) : arg(args, 2);
    Store store = pgUrl == null ? JdbcStore.sqlite(dir) : JdbcStore.postgres(pgUrl, null, null);
    Engine engine =
        Engine.builder(store)
            .tasks(
                "arn:aws:states:::sqs:",
                task -> {
                  append(tokens, task.taskToken());
                  return new TaskOutcome.Pending();
                })
            .build();
    if (args[0].equals("start")) {
      int n = Integer.parseInt(args[2]);
      String sm = engine.createStateMachine("booking", MACHINE, "STANDARD", null).arn();
      for (int i = 0; i < n; i++) {
        String kind = i % 2 == 0 ? "timer" : "token";
        engine.startExecution(sm, "e" + i, "{\"n\":" + i + ",\"kind\":\"" + kind + "\"}");
      }
      System.out.println("STARTED");
      System.out.flush();
      Thread.sleep(Long.MAX_VALUE);
    } else {
      String sm =
          engine.stateMachine("arn:aws:states:us-east-1:123456789012:stateMachine:booking").arn();
      java.util.Set<String> answered = new java.util.HashSet<>();
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (System.nanoTime() < deadline) {
        // Tokens whose dispatch the crash cut short are dispatched again by the new engine.
        for (String token : Files.readAllLines(tokens)) {
          if (!token.isBlank() && answered.add(token)) {
            try {
              engine.sendTaskSuccess(token, "\"YES\"");
            } catch (RuntimeException e) {
              // answered before the crash: the token is gone, as it should be
            }
          }
        }
        List<ExecutionRecord> running = store.executions(sm, "RUNNING", 1000, null);
        if (running.isEmpty()) {
          break;
        }
        Thread.sleep(100);
      }
      System.out.println("RESUMED");
      System.out.flush();
      engine.close();
      store.close();
    }
  }

  private static String arg(String[] args, int index) {
    return args.length > index ? args[index] : null;
  }

  private static synchronized void append(Path file, String line) {
    try {
      Files.writeString(
          file,
          line + "\n",
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND,
          StandardOpenOption.SYNC);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
