package io.stepwell.server.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwell.asl.json.Json;
import io.stepwell.functions.FunctionConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/** The refusals the SDK cannot send or does not show whole, checked on the wire. */
class LambdaRequestErrorsTest {
  @TempDir Path data;
  private LambdaTestServer t;
  private final HttpClient http = HttpClient.newHttpClient();

  /** What came back: status, {@code x-amzn-ErrorType}, and the body. */
  record Reply(int status, String errorType, Map<String, Object> body) {}

  @BeforeEach
  void start() {
    t = new LambdaTestServer(data);
    t.create("echo", "demo.Echo");
  }

  @AfterEach
  void stop() {
    t.close();
  }

  private Reply call(String method, String path, String body, String... headers) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(t.endpoint() + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    HttpResponse<String> res = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(
        res.statusCode(),
        res.headers().firstValue("x-amzn-ErrorType").orElse(null),
        res.body().isEmpty() ? Map.of() : Json.asObject(Json.parse(res.body())));
  }

  @Test
  void invalidLogTypeIsAValidationError() throws Exception {
    Reply r = call("POST", "/2015-03-31/functions/echo/invocations", "{}", "X-Amz-Log-Type", "All");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body())
        .containsEntry(
            "message",
            "1 validation error detected: Value 'All' at 'logType' failed to satisfy constraint:"
                + " Member must satisfy enum value set: [Tail, None]");
  }

  @Test
  void anEventThatIsNotJsonIsRefusedBeforeItIsQueued() throws Exception {
    Reply r =
        call(
            "POST",
            "/2015-03-31/functions/echo/invocations",
            "nope",
            "X-Amz-Invocation-Type",
            "Event");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.errorType()).isEqualTo("InvalidRequestContentException");
  }

  @Test
  void aPayloadOverSixMegabytesIsTooLarge() {
    byte[] big = ("\"" + "x".repeat(6_300_000) + "\"").getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(
            () -> t.lambda.invoke(b -> b.functionName("echo").payload(SdkBytes.fromByteArray(big))))
        .isInstanceOfSatisfying(
            software.amazon.awssdk.services.lambda.model.LambdaException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(413);
              assertThat(e.awsErrorDetails().errorCode())
                  .isEqualTo("RequestEntityTooLargeException");
              assertThat(e.awsErrorDetails().errorMessage())
                  .isEqualTo(
                      big.length
                          + " byte payload is too large for the RequestResponse invocation type"
                          + " (limit 6291456 bytes)");
            });
  }

  @Test
  void aFunctionAtItsReservedConcurrencyIsThrottled() throws Exception {
    // given
    t.host.register(
        FunctionConfig.java21("one-at-a-time", "demo.Sleep", LambdaFixtures.classesDirectory())
            .withReservedConcurrency(1));
    CompletableFuture<InvokeResponse> first =
        CompletableFuture.supplyAsync(() ->
            t.lambda.invoke(b ->
                b.functionName("one-at-a-time")
                    .payload(SdkBytes.fromUtf8String("{\"millis\":3000}"))));
    Thread.sleep(1000);

    // when
    Reply second =
        call("POST", "/2015-03-31/functions/one-at-a-time/invocations", "{\"millis\":1}");

    // then
    assertThat(second)
        .isEqualTo(
            new Reply(
                429,
                "TooManyRequestsException",
                Map.of(
                    "Reason",
                    "ReservedFunctionConcurrentInvocationLimitExceeded",
                    "Type",
                    "User",
                    "message",
                    "Rate Exceeded.")));
    assertThat(first.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
  }

  @Test
  void listFunctionsRefusesBadParameters() throws Exception {
    assertThat(call("GET", "/2015-03-31/functions/?FunctionVersion=SOME", null).body())
        .containsEntry(
            "message",
            "1 validation error detected: Value 'SOME' at 'functionVersion' failed to satisfy"
                + " constraint: Member must satisfy enum value set: [ALL]");
    assertThat(call("GET", "/2015-03-31/functions/?MaxItems=0", null).body())
        .containsEntry(
            "message",
            "1 validation error detected: Value '0' at 'maxItems' failed to satisfy constraint:"
                + " Member must have value greater than or equal to 1");
    assertThat(call("GET", "/2015-03-31/functions/?MaxItems=x", null).errorType())
        .isEqualTo("InvalidParameterValueException");
    assertThat(call("GET", "/2015-03-31/functions/?Marker=***", null).errorType())
        .isEqualTo("InvalidParameterValueException");
  }

  @Test
  void listFunctionsWithAllVersionsNamesLatest() throws Exception {
    Reply r = call("GET", "/2015-03-31/functions/?FunctionVersion=ALL", null);
    assertThat(r.status()).isEqualTo(200);
    assertThat(Json.asArray(r.body().get("Functions")))
        .singleElement()
        .satisfies(f ->
            assertThat(Json.asObject(f))
                .containsEntry(
                    "FunctionArn", "arn:aws:lambda:us-east-1:123456789012:function:echo:$LATEST"));
  }

  @Test
  void aQualifierOtherThanLatestIsNotFoundEverywhere() throws Exception {
    String arn = "arn:aws:lambda:us-east-1:123456789012:function:echo:3";
    assertThat(call("GET", "/2015-03-31/functions/echo?Qualifier=3", null))
        .isEqualTo(
            new Reply(
                404,
                "ResourceNotFoundException",
                Map.of("Type", "User", "Message", "Function not found: " + arn)));
    assertThat(call("GET", "/2015-03-31/functions/echo/configuration?Qualifier=3", null).status())
        .isEqualTo(404);
    assertThat(call("DELETE", "/2015-03-31/functions/echo?Qualifier=3", null).status())
        .isEqualTo(404);
    assertThat(call("PUT", "/2015-03-31/functions/nope/configuration", "{\"Timeout\":5}").body())
        .containsEntry(
            "Message", "Function not found: arn:aws:lambda:us-east-1:123456789012:function:nope");
  }
}
