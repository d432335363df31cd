package io.stepwell.server.console;

import io.stepwell.engine.Engine;
import io.stepwell.engine.TaskOutcome;
import io.stepwell.engine.store.InMemoryStore;
import io.stepwell.functions.FunctionConfig;
import io.stepwell.functions.FunctionHost;
import io.stepwell.functions.java.JavaRuntime;
import io.stepwell.server.StepwellServer;
import io.stepwell.server.console.fixtures.CheckAvailability;
import io.stepwell.server.console.fixtures.FlakyOnce;
import io.stepwell.server.console.fixtures.SendSms;
import io.stepwell.server.lambda.LambdaApi;
import io.stepwell.server.sfn.StepFunctionsApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * A server with the console, the Step Functions API and the appointment example's two functions, on
 * an in-memory store and a free port.
 */
final class ConsoleFixture implements AutoCloseable {
  static final String ROLE = "arn:aws:iam::123456789012:role/stepwell";
  final InvocationLogs logs = new InvocationLogs();
  final FunctionHost functions;
  final InMemoryStore store = new InMemoryStore();
  final Engine engine;
  final StepwellServer server;

  ConsoleFixture() {
    this(0);
  }

  ConsoleFixture(int port) {
    functions =
        new FunctionHost("us-east-1", "123456789012", List.of(logs.capture(new JavaRuntime())));
    Path code = codeLocation();
    functions.register(
        FunctionConfig.java21("check-availability", CheckAvailability.class.getName(), code));
    functions.register(FunctionConfig.java21("send-sms", SendSms.class.getName(), code));
    functions.register(FunctionConfig.java21("flaky-once", FlakyOnce.class.getName(), code));
    engine =
        Engine.builder(store)
            .functions(functions)
            // the SMS goes nowhere: the answer comes from the console, with the stored token
            .tasks("arn:aws:states:::sns:publish", invocation -> new TaskOutcome.Pending())
            .build();
    server =
        StepwellServer.builder(engine)
            .functions(functions)
            .bind("127.0.0.1", port)
            .feature(new StepFunctionsApi())
            .feature(new LambdaApi(lambdaData()))
            .feature(new Console(logs, store))
            .start();
  }

  String url() {
    return "http://127.0.0.1:" + server.port();
  }

  /** Creates the appointment example's state machine; returns its ARN. */
  String createAppointmentMachine(String name) {
    return engine.createStateMachine(name, appointmentDefinition(), "STANDARD", ROLE).arn();
  }

  /**
   * Creates a state machine that texts the patient with {@code sns:publish.waitForTaskToken} and
   * only a phone number and a message, so its token is not among its parameters; returns its ARN.
   */
  String createSmsMachine(String name) {
    String definition =
        """
        {"StartAt":"Text patient","States":{"Text patient":{"Type":"Task",
         "Resource":"arn:aws:states:::sns:publish.waitForTaskToken",
         "Parameters":{"PhoneNumber.$":"$.phone","Message":"Is 9:00 fine? Reply YES or NO"},
         "End":true}}}\
        """;
    return engine.createStateMachine(name, definition, "STANDARD", ROLE).arn();
  }

  static String appointmentDefinition() {
    try (InputStream in =
        ConsoleFixture.class.getResourceAsStream("/console-fixtures/appointment.asl.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path lambdaData() {
    try {
      return java.nio.file.Files.createTempDirectory("stepwell-console-lambda");
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path codeLocation() {
    try {
      return Path.of(
          CheckAvailability.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.close();
    engine.close();
    functions.close();
  }
}
