package io.stepwell.cli;

import io.stepwell.asl.Entropy;
import io.stepwell.asl.json.Json;
import io.stepwell.asl.json.JsonSyntaxException;
import io.stepwell.testkit.InMemoryDriver;
import io.stepwell.testkit.TaskHandler;
import io.stepwell.testkit.TaskResult;
import io.stepwell.testkit.lambda.LambdaTaskHandler;
import io.stepwell.testkit.lambda.TestFunctionHost;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;

/** What {@code run} and {@code bench} read: a definition file, an input, the task handler. */
final class Inputs {
  private Inputs() {}

  /** The definition's text. */
  static String definition(Path file) {
    return read(file, "definition");
  }

  /** The execution input: JSON text, or {@code @file} for a file holding it. */
  static Object input(String argument) {
    String text =
        argument.startsWith("@") ? read(Path.of(argument.substring(1)), "input") : argument;
    try {
      return Json.parse(text);
    } catch (JsonSyntaxException e) {
      throw new UsageError("--input is not valid JSON: " + e.getMessage());
    }
  }

  /**
   * Task states get an echo (the result is the task's parameters), unless their resource names one
   * of the test functions ({@code id_function}, {@code raise_exception}...), as a function ARN or
   * through {@code arn:aws:states:::lambda:invoke}.
   */
  static TaskHandler taskHandler(Instant clock) {
    TestFunctionHost host =
        TestFunctionHost.withEveryFunction(
            InMemoryDriver.REGION, InMemoryDriver.ACCOUNT, Entropy.seeded(0));
    TaskHandler echo = request -> new TaskResult.Succeeded(request.parameters());
    TaskHandler lambda = new LambdaTaskHandler(host, echo, () -> clock);
    return request -> {
      TaskResult answer = lambda.invoke(request);
      return isUnknownFunction(answer) ? echo.invoke(request) : answer;
    };
  }

  private static boolean isUnknownFunction(TaskResult answer) {
    return answer instanceof TaskResult.Failed f
        && "Lambda.ResourceNotFoundException".equals(f.error());
  }

  private static String read(Path file, String what) {
    try {
      return Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new UsageError("no such " + what + " file: " + file);
    } catch (MalformedInputException e) {
      throw new UsageError("the " + what + " file is not UTF-8 text: " + file);
    } catch (IOException e) {
      throw new UsageError("cannot read the " + what + " file " + file + ": " + e.getMessage());
    }
  }
}
