package io.stepwell.testkit.conformance;

import io.stepwell.asl.Entropy;
import io.stepwell.asl.json.Json;
import io.stepwell.testkit.InMemoryDriver;
import io.stepwell.testkit.lambda.TestFunction;
import io.stepwell.testkit.lambda.TestFunctionHost;
import io.stepwell.testkit.lambda.TestFunctionRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The functions one case needs, under the names that stand in for its {@code @@LAMBDA_NAME:i@@} and
 * {@code @@LAMBDA_ARN:i@@} placeholders.
 *
 * <p>Names are 20 characters long, like the {@code lambda_func_<8 hex>} names AWS ran the cases
 * with: a function that echoes its name makes a response whose recorded {@code Content-Length}
 * depends on it. They live in the driver's account and region, as AWS's functions lived in the
 * state machine's.
 */
final class CaseFunctions {
  private final List<String> names;
  private final TestFunctionHost host;

  private CaseFunctions(List<String> names, TestFunctionHost host) {
    this.names = names;
    this.host = host;
  }

  /**
   * The functions of a case, or empty when a needed function is not one of the {@link
   * TestFunction}s.
   */
  static Optional<CaseFunctions> of(ConformanceCase c) {
    return of(c, TestFunctionRunner.REPRODUCTIONS);
  }

  /** As {@link #of(ConformanceCase)}, the functions running on {@code runner}. */
  static Optional<CaseFunctions> of(ConformanceCase c, TestFunctionRunner runner) {
    TestFunctionHost host =
        new TestFunctionHost(
            InMemoryDriver.REGION,
            InMemoryDriver.ACCOUNT,
            Entropy.seeded(c.fingerprint().hashCode()),
            runner);
    List<String> names = new ArrayList<>();
    for (Map<String, Object> need : c.needsDetail()) {
      if (!"lambda".equals(need.get("service"))) {
        return Optional.empty();
      }
      Optional<TestFunction> function =
          TestFunction.forHandlerFile(String.valueOf(need.get("handler_file")));
      if (function.isEmpty()) {
        return Optional.empty();
      }
      String name = String.format("stepwell_fn_%08d", names.size());
      host.register(name, function.get());
      names.add(name);
    }
    return Optional.of(new CaseFunctions(names, host));
  }

  TestFunctionHost host() {
    return host;
  }

  String name(int index) {
    return names.get(index);
  }

  String arn(int index) {
    return host.arnOf(names.get(index));
  }

  int size() {
    return names.size();
  }

  /** The definition or input with every placeholder replaced by this case's names and ARNs. */
  Object substitute(Object value) {
    return Json.parse(substitute(Json.write(value)));
  }

  String substitute(String text) {
    String out = text;
    for (int i = 0; i < names.size(); i++) {
      out = out.replace("@@LAMBDA_ARN:" + i + "@@", arn(i));
      out = out.replace("@@LAMBDA_NAME:" + i + "@@", name(i));
    }
    return out;
  }
}
