package io.stepwell.server.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwell.asl.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.InvalidRequestContentException;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.LogType;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

class LambdaInvokeTest {
  @TempDir Path data;
  private LambdaTestServer t;

  @BeforeEach
  void start() {
    t = new LambdaTestServer(data);
    t.create("echo", "demo.Echo");
  }

  @AfterEach
  void stop() {
    t.close();
  }

  private InvokeResponse invoke(String function, String payload) {
    return t.lambda.invoke(b -> b.functionName(function).payload(SdkBytes.fromUtf8String(payload)));
  }

  @Test
  void requestResponseAnswersTheFunctionsResult() {
    // when
    InvokeResponse res = invoke("echo", "{\"greeting\":\"hello\"}");

    // then
    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.functionError()).isNull();
    assertThat(res.executedVersion()).isEqualTo("$LATEST");
    Map<String, Object> out = Json.asObject(Json.parse(res.payload().asUtf8String()));
    assertThat(out).containsEntry("greeting", "hello").containsEntry("function", "echo");
    assertThat(out.get("requestId")).isEqualTo(res.responseMetadata().requestId()).isNotNull();
  }

  @Test
  void functionNameMayBeAnArnAPartialArnOrQualified() {
    for (String name :
        new String[] {
          "arn:aws:lambda:us-east-1:123456789012:function:echo",
          "arn:aws:lambda:us-east-1:123456789012:function:echo:$LATEST",
          "123456789012:function:echo",
          "echo:$LATEST"
        }) {
      assertThat(invoke(name, "{}").statusCode()).as(name).isEqualTo(200);
    }
  }

  @Test
  void tailReturnsTheInvocationLogBase64() {
    // when
    InvokeResponse res =
        t.lambda.invoke(b ->
            b.functionName("echo")
                .logType(LogType.TAIL)
                .payload(SdkBytes.fromUtf8String("{\"k\":1}")));

    // then
    String log = new String(Base64.getDecoder().decode(res.logResult()), StandardCharsets.UTF_8);
    String id = res.responseMetadata().requestId();
    assertThat(log)
        .startsWith("START RequestId: " + id + " Version: $LATEST\n")
        .contains("echo {k=1}\n")
        .contains("END RequestId: " + id + "\n")
        .containsPattern("REPORT RequestId: " + id + "\tDuration: [0-9.]+ ms\tBilled Duration: ")
        .contains("Memory Size: 128 MB");
  }

  @Test
  void tailKeepsOnlyTheLast4KilobytesOfTheLog() {
    // given
    t.create("chatty", "demo.Chatty");

    // when
    InvokeResponse res =
        t.lambda.invoke(b ->
            b.functionName("chatty")
                .logType(LogType.TAIL)
                .payload(SdkBytes.fromUtf8String("{\"lines\":500}")));

    // then
    byte[] log = Base64.getDecoder().decode(res.logResult());
    String text = new String(log, StandardCharsets.UTF_8);
    assertThat(log).hasSize(4096);
    assertThat(text).doesNotContain("START RequestId").contains("line 00499 of").contains("REPORT");
  }

  @Test
  void noLogResultWithoutTail() {
    assertThat(invoke("echo", "{}").logResult()).isNull();
  }

  @Test
  void functionErrorIsUnhandledWithTheErrorDocument() {
    // given
    t.create("fail", "demo.Fail");

    // when
    InvokeResponse res =
        t.lambda.invoke(b ->
            b.functionName("fail")
                .logType(LogType.TAIL)
                .payload(SdkBytes.fromUtf8String("{\"why\":\"testing\"}")));

    // then
    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.functionError()).isEqualTo("Unhandled");
    Map<String, Object> doc = Json.asObject(Json.parse(res.payload().asUtf8String()));
    assertThat(doc)
        .containsEntry("errorMessage", "boom: testing")
        .containsEntry("errorType", "java.lang.IllegalStateException");
    assertThat(Json.asArray(doc.get("stackTrace"))).isNotEmpty();
    String log = new String(Base64.getDecoder().decode(res.logResult()), StandardCharsets.UTF_8);
    assertThat(log)
        .contains("about to fail")
        .contains("\"errorType\":\"java.lang.IllegalStateException\"");
  }

  @Test
  void timeoutIsASandboxTimedoutFunctionError() {
    // given
    t.create("sleepy", "demo.Sleep", 1);

    // when
    InvokeResponse res =
        t.lambda.invoke(b ->
            b.functionName("sleepy")
                .logType(LogType.TAIL)
                .payload(SdkBytes.fromUtf8String("{\"millis\":10000}")));

    // then
    String id = res.responseMetadata().requestId();
    assertThat(res.functionError()).isEqualTo("Unhandled");
    Map<String, Object> doc = Json.asObject(Json.parse(res.payload().asUtf8String()));
    assertThat(doc)
        .containsEntry("errorType", "Sandbox.Timedout")
        .containsEntry(
            "errorMessage", "RequestId: " + id + " Error: Task timed out after 1.00 seconds");
    String log = new String(Base64.getDecoder().decode(res.logResult()), StandardCharsets.UTF_8);
    assertThat(log).contains("sleeping").contains(id + " Task timed out after 1.00 seconds\n");
  }

  @Test
  void unknownFunctionIsResourceNotFoundNamingLatest() {
    assertThatThrownBy(() -> invoke("nope", "{}"))
        .isInstanceOfSatisfying(
            ResourceNotFoundException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(404);
              assertThat(e.awsErrorDetails().errorMessage())
                  .isEqualTo(
                      "Function not found: arn:aws:lambda:us-east-1:123456789012:function:nope:$LATEST");
              assertThat(e.type()).isEqualTo("User");
            });
  }

  @Test
  void unknownQualifierIsResourceNotFoundNamingIt() {
    assertThatThrownBy(() -> t.lambda.invoke(b -> b.functionName("echo").qualifier("prod")))
        .isInstanceOfSatisfying(
            ResourceNotFoundException.class,
            e ->
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo(
                        "Function not found: arn:aws:lambda:us-east-1:123456789012:function:echo:prod"));
  }

  @Test
  void qualifierInTheNameMustAgreeWithTheParameter() {
    assertThatThrownBy(() -> t.lambda.invoke(b -> b.functionName("echo:$LATEST").qualifier("prod")))
        .isInstanceOfSatisfying(
            InvalidParameterValueException.class,
            e ->
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo(
                        "The derived qualifier from the function name does not match the"
                            + " specified qualifier."));
  }

  @Test
  void anArnOfAnotherRegionIsNotReachable() {
    assertThatThrownBy(() -> invoke("arn:aws:lambda:eu-west-1:123456789012:function:echo", "{}"))
        .isInstanceOfSatisfying(
            ResourceNotFoundException.class,
            e ->
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo(
                        "Functions from 'eu-west-1' are not reachable in this region"
                            + " ('us-east-1')"));
  }

  @Test
  void aNameLambdaCannotParseIsAValidationError() {
    assertThatThrownBy(() -> invoke("not a name!", "{}"))
        .isInstanceOfSatisfying(
            LambdaException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
              assertThat(e.awsErrorDetails().errorMessage())
                  .startsWith(
                      "1 validation error detected: Value 'not a name!' at 'functionName' failed"
                          + " to satisfy constraint: Member must satisfy regular expression"
                          + " pattern: ");
            });
  }

  @Test
  void aPayloadThatIsNotJsonIsInvalidRequestContent() {
    assertThatThrownBy(() -> invoke("echo", "not json"))
        .isInstanceOfSatisfying(
            InvalidRequestContentException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.awsErrorDetails().errorMessage())
                  .startsWith("Could not parse request body into json: Could not parse payload");
            });
  }

  @Test
  void dryRunChecksTheFunctionAndRunsNothing() {
    // when
    InvokeResponse res =
        t.lambda.invoke(b -> b.functionName("echo").invocationType(InvocationType.DRY_RUN));

    // then
    assertThat(res.statusCode()).isEqualTo(204);
    assertThat(res.payload().asByteArray()).isEmpty();
    assertThatThrownBy(() ->
            t.lambda.invoke(b -> b.functionName("nope").invocationType(InvocationType.DRY_RUN)))
        .isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void eventAnswers202AndRunsTheFunctionLater() throws Exception {
    // given
    t.create("touch", "demo.Touch");
    Path marker = data.resolve("touched.txt");

    // when
    InvokeResponse res =
        t.lambda.invoke(b ->
            b.functionName("touch")
                .invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromUtf8String(Json.write(Map.of("path", marker.toString())))));

    // then
    assertThat(res.statusCode()).isEqualTo(202);
    assertThat(res.payload().asByteArray()).isEmpty();
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!Files.exists(marker) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(marker).exists();
    assertThat(Files.readString(marker)).isEqualTo(res.responseMetadata().requestId());
  }

  @Test
  void anUnknownInvocationTypeIsAValidationError() throws Exception {
    // when
    HttpResponse<String> res =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(t.endpoint() + "/2015-03-31/functions/echo/invocations"))
                    .header("X-Amz-Invocation-Type", "Later")
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    // then
    assertThat(res.statusCode()).isEqualTo(400);
    assertThat(res.headers().firstValue("x-amzn-ErrorType")).contains("ValidationException");
    assertThat(Json.asObject(Json.parse(res.body())))
        .containsEntry(
            "message",
            "1 validation error detected: Value 'Later' at 'invocationType' failed to satisfy"
                + " constraint: Member must satisfy enum value set: [Event, RequestResponse,"
                + " DryRun]");
  }

  @Test
  void errorsCarryTheTypeHeaderAndLambdasBody() throws Exception {
    // when
    HttpResponse<String> res =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(t.endpoint() + "/2015-03-31/functions/nope/invocations"))
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    // then
    assertThat(res.statusCode()).isEqualTo(404);
    assertThat(res.headers().firstValue("x-amzn-ErrorType")).contains("ResourceNotFoundException");
    assertThat(res.headers().firstValue("x-amzn-RequestId")).isPresent();
    assertThat(Json.asObject(Json.parse(res.body())))
        .containsOnlyKeys("Type", "Message")
        .containsEntry("Type", "User");
  }
}
