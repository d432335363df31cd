package io.stepwell.server.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwell.asl.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.Runtime;

/** What {@code CreateFunction} refuses, through the SDK and on the wire. */
class LambdaCreateFunctionErrorsTest {
  @TempDir Path data;
  private LambdaTestServer t;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    t = new LambdaTestServer(data);
  }

  @AfterEach
  void stop() {
    t.close();
  }

  @Test
  void createFunctionRefusesWhatLambdaRefuses() {
    assertError(
        () ->
            t.lambda.createFunction(b ->
                b.functionName("f")
                    .role("not-a-role")
                    .runtime(Runtime.JAVA21)
                    .handler("demo.Echo")
                    .code(c -> c.zipFile(SdkBytes.fromByteArray(LambdaFixtures.packageBytes())))),
        "ValidationException",
        "1 validation error detected: Value 'not-a-role' at 'role' failed to satisfy constraint:"
            + " Member must satisfy regular expression pattern:"
            + " arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+");
    assertError(
        () ->
            t.lambda.createFunction(b ->
                b.functionName("f")
                    .role(LambdaTestServer.ROLE)
                    .code(c -> c.zipFile(SdkBytes.fromByteArray(LambdaFixtures.packageBytes())))),
        "InvalidParameterValueException",
        "Runtime and Handler are mandatory parameters for functions created with deployment"
            + " packages.");
    assertError(
        () ->
            t.lambda.createFunction(b ->
                b.functionName("f")
                    .role(LambdaTestServer.ROLE)
                    .runtime(Runtime.JAVA21)
                    .handler("demo.Echo")
                    .code(c -> c.zipFile(SdkBytes.fromUtf8String("not a zip")))),
        "InvalidParameterValueException",
        "Could not unzip uploaded file. Please check your file, then try to upload again.");
    assertError(
        () ->
            t.lambda.createFunction(b ->
                b.functionName("f")
                    .role(LambdaTestServer.ROLE)
                    .runtime(Runtime.JAVA21)
                    .handler("demo.Echo")
                    .code(c -> c.s3Bucket("my-bucket").s3Key("code.zip"))),
        "InvalidParameterValueException",
        "Error occurred while GetObject. S3 Error Code: NoSuchBucket. S3 Error Message: The"
            + " specified bucket does not exist");
    assertError(
        () ->
            t.lambda.createFunction(b ->
                b.functionName("f")
                    .role(LambdaTestServer.ROLE)
                    .runtime(Runtime.JAVA21)
                    .handler("demo.Echo")
                    .timeout(0)
                    .code(c -> c.zipFile(SdkBytes.fromByteArray(LambdaFixtures.packageBytes())))),
        "ValidationException",
        "1 validation error detected: Value '0' at 'timeout' failed to satisfy constraint: Member"
            + " must have value greater than or equal to 1");
    assertError(
        () ->
            t.lambda.createFunction(b ->
                b.functionName("f")
                    .role(LambdaTestServer.ROLE)
                    .runtime(Runtime.JAVA21)
                    .handler("demo.Echo")
                    .environment(e -> e.variables(Map.of("AWS_REGION", "x")))
                    .code(c -> c.zipFile(SdkBytes.fromByteArray(LambdaFixtures.packageBytes())))),
        "InvalidParameterValueException",
        "Lambda was unable to configure your environment variables because the environment"
            + " variables you have provided contains reserved keys that are currently not"
            + " supported for modification. Reserved keys used in this request: AWS_REGION");
    assertThat(t.host.configs()).isEmpty();
  }

  @Test
  void createFunctionRefusesBadRequests() throws Exception {
    assertCreateRefused(
        Map.of("Role", "<absent>"),
        "ValidationException",
        "1 validation error detected: Value null at 'role' failed to satisfy constraint: Member"
            + " must not be null");
    assertCreateRefused(
        Map.of("Code", "<absent>"),
        "ValidationException",
        "1 validation error detected: Value null at 'code' failed to satisfy constraint: Member"
            + " must not be null");
    assertCreateRefused(
        Map.of("MemorySize", 64),
        "ValidationException",
        "1 validation error detected: Value '64' at 'memorySize' failed to satisfy constraint:"
            + " Member must have value greater than or equal to 128");
    assertCreateRefused(
        Map.of("Timeout", 901),
        "ValidationException",
        "1 validation error detected: Value '901' at 'timeout' failed to satisfy constraint:"
            + " Member must have value less than or equal to 900");
    assertCreateRefused(
        Map.of("Timeout", "3"),
        "InvalidRequestContentException",
        "Could not parse request body into json: 'Timeout' must be an integer.");
    assertCreateRefused(
        Map.of("Environment", Map.of("Variables", Map.of("1BAD", "x"))),
        "ValidationException",
        "1 validation error detected: Value at 'environment.variables' failed to satisfy"
            + " constraint: Map keys must satisfy constraint: [Member must satisfy regular"
            + " expression pattern: [a-zA-Z]([a-zA-Z0-9_])+]");
    String big = "v".repeat(5000);
    assertCreateRefused(
        Map.of("Environment", Map.of("Variables", Map.of("BIG", big))),
        "InvalidParameterValueException",
        "Lambda was unable to configure your environment variables because the environment"
            + " variables you have provided exceeded the 4KB limit. String measured:"
            + " {\"BIG\":\""
            + big
            + "\"}");
    assertCreateRefused(
        Map.of("Description", "d".repeat(257)),
        "ValidationException",
        "1 validation error detected: Value '"
            + "d".repeat(257)
            + "' at 'description' failed to satisfy constraint: Member must have length less"
            + " than or equal to 256");
    assertCreateRefused(
        Map.of("PackageType", "Image"),
        "InvalidParameterValueException",
        "Container images are not supported here; use PackageType Zip.");
    assertCreateRefused(
        Map.of("Runtime", "python3.12"),
        "InvalidParameterValueException",
        "Function f: runtime python3.12 is not available here; available: java21.");
    assertThat(call("POST", "/2015-03-31/functions", "{not json").errorType())
        .isEqualTo("InvalidRequestContentException");
    assertThat(
            call("POST", "/2015-03-31/functions", create(Map.of("FunctionName", "f:1")))
                .errorType())
        .isEqualTo("ValidationException");
    assertThat(t.host.config("f")).isEmpty();
  }

  private static String create(Map<String, Object> overrides) {
    Map<String, Object> req = new LinkedHashMap<>();
    req.put("FunctionName", "f");
    req.put("Runtime", "java21");
    req.put("Role", LambdaTestServer.ROLE);
    req.put("Handler", "demo.Echo");
    req.put(
        "Code",
        Map.of("ZipFile", Base64.getEncoder().encodeToString(LambdaFixtures.packageBytes())));
    req.putAll(overrides);
    req.values().removeIf(v -> v == null || "<absent>".equals(v));
    return Json.write(req);
  }

  private void assertCreateRefused(Map<String, Object> overrides, String type, String message)
      throws Exception {
    LambdaRequestErrorsTest.Reply r = call("POST", "/2015-03-31/functions", create(overrides));
    assertThat(r.errorType()).as(overrides.toString()).isEqualTo(type);
    assertThat(r.body()).containsEntry("Type", "User");
    assertThat(r.body().get("message")).as(overrides.toString()).isEqualTo(message);
  }

  private LambdaRequestErrorsTest.Reply call(String method, String path, String body)
      throws Exception {
    HttpResponse<String> res =
        http.send(
            HttpRequest.newBuilder(URI.create(t.endpoint() + path))
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return new LambdaRequestErrorsTest.Reply(
        res.statusCode(),
        res.headers().firstValue("x-amzn-ErrorType").orElse(null),
        Json.asObject(Json.parse(res.body())));
  }

  private static void assertError(Runnable call, String code, String message) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            LambdaException.class,
            e -> {
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
              assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
              assertThat(e.statusCode()).isEqualTo(400);
            });
  }
}
