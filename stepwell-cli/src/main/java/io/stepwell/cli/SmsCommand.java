package io.stepwell.cli;

import io.stepwell.asl.json.Json;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stepwell sms list|reply|fail-next}: the local SMS outbox, and the recipient's side. */
@Command(
    name = "sms",
    description = "The local SMS outbox: list messages, reply as the recipient would.",
    subcommands = {
      SmsCommand.ListMessages.class,
      SmsCommand.Reply.class,
      SmsCommand.FailNext.class
    })
final class SmsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "list", description = "Messages sent and received, newest first.")
  static final class ListMessages implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ServerOptions server;

    @Option(names = "--max", description = "At most this many (default 50).")
    int max = 50;

    @Override
    public Integer call() {
      Map<String, Object> answer = server.client().get("sms/messages?max=" + max);
      PrintWriter out = spec.commandLine().getOut();
      ExecutionsCommand.print(
          out,
          server.json,
          answer,
          () -> {
            for (Object o : (List<?>) answer.getOrDefault("messages", List.of())) {
              Map<?, ?> m = (Map<?, ?>) o;
              boolean in = "INBOUND".equals(m.get("direction"));
              out.printf(
                  "%-24s %-8s %-10s %-16s %s%n",
                  m.get("time"),
                  in ? "from" : "to",
                  m.get("status"),
                  in ? m.get("from") : m.get("to"),
                  m.get("body"));
            }
          });
      return 0;
    }
  }

  @Command(
      name = "reply",
      description = "Replies as the recipient of an SMS: the workflow waiting for it goes on.")
  static final class Reply implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ServerOptions server;

    @Option(
        names = "--to",
        required = true,
        paramLabel = "NUMBER",
        description = "The number the SMS was sent to (who replies).")
    String to;

    @Option(names = "--body", required = true, description = "The reply's text.")
    String body;

    @Override
    public Integer call() {
      Map<String, Object> request = new LinkedHashMap<>();
      request.put("to", to);
      request.put("body", body);
      Map<String, Object> answer = server.client().post("sms/reply", request);
      PrintWriter out = spec.commandLine().getOut();
      ExecutionsCommand.print(
          out,
          server.json,
          answer,
          () ->
              out.println(
                  "replied from "
                      + to
                      + (answer.get("answered") != null ? ": the workflow goes on" : "")));
      return 0;
    }
  }

  @Command(
      name = "fail-next",
      description = "Makes the next N SMS sends fail (to try a workflow's Retry).")
  static final class FailNext implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ServerOptions server;

    @picocli.CommandLine.Parameters(paramLabel = "N")
    int count;

    @Option(names = "--not-retryable", description = "Fail as a provider refusing the message.")
    boolean notRetryable;

    @Override
    public Integer call() {
      Map<String, Object> answer =
          server.client().post("sms/failures", Map.of("count", count, "retryable", !notRetryable));
      PrintWriter out = spec.commandLine().getOut();
      ExecutionsCommand.print(out, server.json, answer, () -> out.println(Json.write(answer)));
      return 0;
    }
  }
}
