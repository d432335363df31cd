package io.stepwell.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwell.asl.json.Json;
import io.stepwell.engine.Engine;
import io.stepwell.engine.store.InMemoryStore;
import io.stepwell.functions.FunctionHost;
import io.stepwell.functions.java.JavaRuntime;
import io.stepwell.server.StepwellServer;
import io.stepwell.server.lambda.AwsCli;
import io.stepwell.server.lambda.LambdaApi;
import io.stepwell.server.lambda.LambdaFixtures;
import io.stepwell.server.sfn.StepFunctionsApi;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.Runtime;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.SfnException;

/** Real SDK clients against a server that requires Signature Version 4. */
class SigV4AuthTest {
  static final String KEY = "AKIDSTEPWELL";
  static final String SECRET = "stepwell-secret";
  static final String ROLE = "arn:aws:iam::123456789012:role/r";
  static final String INVALID_SIGNATURE =
      "The request signature we calculated does not match the signature you provided. Check your"
          + " AWS Secret Access Key and signing method. Consult the service documentation for"
          + " details.";

  @TempDir Path data;
  private Engine engine;
  private FunctionHost host;
  private StepwellServer server;

  @BeforeEach
  void start() {
    engine = Engine.builder(new InMemoryStore()).build();
    host =
        new FunctionHost(engine.region(), engine.account(), java.util.List.of(new JavaRuntime()));
    server =
        StepwellServer.builder(engine)
            .functions(host)
            .bind("127.0.0.1", 0)
            .feature(SigV4Auth.of(Map.of(KEY, SECRET)))
            .feature(new StepFunctionsApi())
            .feature(new LambdaApi(data))
            .start();
  }

  @AfterEach
  void stop() {
    server.close();
    host.close();
    engine.close();
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.port());
  }

  SfnClient sfn(String key, String secret) {
    return SfnClient.builder()
        .endpointOverride(endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create(key, secret)))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  LambdaClient lambda(String key, String secret) {
    return LambdaClient.builder()
        .endpointOverride(endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create(key, secret)))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  @Test
  void stepFunctionsCallsSignedWithTheRightSecretPass() {
    try (SfnClient sfn = sfn(KEY, SECRET)) {
      sfn.createStateMachine(b ->
          b.name("hello")
              .roleArn(ROLE)
              .definition(
                  "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}"));
      assertThat(sfn.listStateMachines().stateMachines()).hasSize(1);
    }
  }

  @Test
  void stepFunctionsCallsSignedWithAWrongSecretAreInvalidSignatures() {
    try (SfnClient sfn = sfn(KEY, "wrong")) {
      assertThatThrownBy(sfn::listStateMachines)
          .isInstanceOfSatisfying(
              SfnException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(400);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
                assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(INVALID_SIGNATURE);
              });
    }
  }

  @Test
  void stepFunctionsCallsWithAnUnknownKeyAreUnrecognizedClients() {
    try (SfnClient sfn = sfn("AKIDUNKNOWN", SECRET)) {
      assertThatThrownBy(sfn::listStateMachines)
          .isInstanceOfSatisfying(
              SfnException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(400);
                assertThat(e.awsErrorDetails().errorCode())
                    .isEqualTo("UnrecognizedClientException");
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo("The security token included in the request is invalid.");
              });
    }
  }

  @Test
  void lambdaCallsSignedWithTheRightSecretPass() {
    try (LambdaClient lambda = lambda(KEY, SECRET)) {
      // a large body (hashed whole), an ARN in the path (encoded twice), and a query string
      lambda.createFunction(b ->
          b.functionName("echo")
              .runtime(Runtime.JAVA21)
              .role(ROLE)
              .handler("demo.Echo")
              .code(c -> c.zipFile(SdkBytes.fromByteArray(LambdaFixtures.packageBytes()))));
      String out =
          lambda
              .invoke(b ->
                  b.functionName("arn:aws:lambda:us-east-1:123456789012:function:echo")
                      .qualifier("$LATEST")
                      .payload(SdkBytes.fromUtf8String("{\"signed\":true}")))
              .payload()
              .asUtf8String();
      assertThat(Json.asObject(Json.parse(out))).containsEntry("signed", true);
      assertThat(lambda.listFunctions(b -> b.maxItems(1)).functions()).hasSize(1);
      assertThatThrownBy(() ->
              lambda.createFunction(b ->
                  b.functionName("big")
                      .runtime(Runtime.JAVA21)
                      .role(ROLE)
                      .handler("demo.Echo")
                      .code(c -> c.zipFile(SdkBytes.fromByteArray(bigZip())))))
          .as("a 1 MB body passes authentication and reaches the API")
          .isInstanceOf(InvalidParameterValueException.class);
    }
  }

  @Test
  void lambdaCallsSignedWithAWrongSecretAreForbidden() {
    try (LambdaClient lambda = lambda(KEY, "wrong")) {
      assertThatThrownBy(() -> lambda.getFunction(b -> b.functionName("echo")))
          .isInstanceOfSatisfying(
              LambdaException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(403);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
                assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(INVALID_SIGNATURE);
              });
    }
  }

  @Test
  void lambdaCallsWithAnUnknownKeyAreForbidden() {
    try (LambdaClient lambda = lambda("AKIDUNKNOWN", SECRET)) {
      assertThatThrownBy(() -> lambda.invoke(b -> b.functionName("echo")))
          .isInstanceOfSatisfying(
              LambdaException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(403);
                assertThat(e.awsErrorDetails().errorCode())
                    .isEqualTo("UnrecognizedClientException");
              });
    }
  }

  @Test
  void signedRequestsForUnknownThingsReachTheApi() {
    try (LambdaClient lambda = lambda(KEY, SECRET)) {
      assertThatThrownBy(() -> lambda.getFunction(b -> b.functionName("nope")))
          .isInstanceOf(ResourceNotFoundException.class);
    }
  }

  @Test
  void unsignedRequestsAreRefusedInTheirProtocol() throws Exception {
    HttpClient http = HttpClient.newHttpClient();

    // when
    HttpResponse<String> json =
        http.send(
            HttpRequest.newBuilder(endpoint())
                .header("X-Amz-Target", "AWSStepFunctions.ListStateMachines")
                .header("Content-Type", "application/x-amz-json-1.0")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> rest =
        http.send(
            HttpRequest.newBuilder(URI.create(endpoint() + "/2015-03-31/functions/")).build(),
            HttpResponse.BodyHandlers.ofString());

    // then
    assertThat(json.statusCode()).isEqualTo(400);
    assertThat(Json.asObject(Json.parse(json.body())))
        .containsEntry("__type", "MissingAuthenticationTokenException")
        .containsEntry("message", "Request is missing Authentication Token");
    assertThat(rest.statusCode()).isEqualTo(403);
    assertThat(rest.headers().firstValue("x-amzn-ErrorType"))
        .contains("MissingAuthenticationTokenException");
    assertThat(Json.asObject(Json.parse(rest.body())))
        .containsEntry("message", "Missing Authentication Token");
  }

  @Test
  void healthNeedsNoSignature() throws Exception {
    HttpResponse<String> res =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(endpoint() + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(res.statusCode()).isEqualTo(200);
  }

  @Test
  void awsCliSignsWithTheRightSecretAndIsRefusedWithAWrongOne(@TempDir Path home) throws Exception {
    // given
    AwsCli.requireCli();
    AwsCli aws = new AwsCli(endpoint(), home);

    // when
    AwsCli.Result sfnOk = aws.runWithKey(KEY, SECRET, "stepfunctions", "list-state-machines");
    AwsCli.Result lambdaOk = aws.runWithKey(KEY, SECRET, "lambda", "list-functions");
    AwsCli.Result sfnWrong = aws.runWithKey(KEY, "wrong", "stepfunctions", "list-state-machines");
    AwsCli.Result lambdaWrong = aws.runWithKey(KEY, "wrong", "lambda", "list-functions");

    // then
    assertThat(sfnOk.exitCode()).as(sfnOk.stderr()).isZero();
    assertThat(lambdaOk.exitCode()).as(lambdaOk.stderr()).isZero();
    assertThat(sfnWrong.exitCode()).isEqualTo(254);
    assertThat(sfnWrong.stderr())
        .contains(
            "An error occurred (InvalidSignatureException) when calling the ListStateMachines"
                + " operation: "
                + INVALID_SIGNATURE);
    assertThat(lambdaWrong.stderr())
        .contains(
            "An error occurred (InvalidSignatureException) when calling the ListFunctions"
                + " operation: "
                + INVALID_SIGNATURE);
  }

  /** A 1 MB zip of random bytes (it unpacks, but holds no handler class). */
  static byte[] bigZip() {
    byte[] noise = new byte[1 << 20];
    new Random(7).nextBytes(noise);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("noise.bin"));
      zip.write(noise);
      zip.closeEntry();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
