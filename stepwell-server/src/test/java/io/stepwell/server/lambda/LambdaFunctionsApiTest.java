package io.stepwell.server.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwell.functions.FunctionConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.CreateFunctionResponse;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.GetFunctionResponse;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.ListFunctionsResponse;
import software.amazon.awssdk.services.lambda.model.PreconditionFailedException;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.UpdateFunctionCodeResponse;
import software.amazon.awssdk.services.lambda.model.UpdateFunctionConfigurationResponse;

class LambdaFunctionsApiTest {
  private static final String ARN = "arn:aws:lambda:us-east-1:123456789012:function:";

  @TempDir Path data;
  private LambdaTestServer t;

  @BeforeEach
  void start() {
    t = new LambdaTestServer(data);
  }

  @AfterEach
  void stop() {
    t.close();
  }

  @Test
  void createFunctionAnswersItsConfiguration() {
    // when
    CreateFunctionResponse created = t.create("echo", "demo.Echo");

    // then
    assertThat(created.sdkHttpResponse().statusCode()).isEqualTo(201);
    assertThat(created.functionName()).isEqualTo("echo");
    assertThat(created.functionArn()).isEqualTo(ARN + "echo");
    assertThat(created.runtimeAsString()).isEqualTo("java21");
    assertThat(created.role()).isEqualTo(LambdaTestServer.ROLE);
    assertThat(created.handler()).isEqualTo("demo.Echo");
    assertThat(created.timeout()).isEqualTo(3);
    assertThat(created.memorySize()).isEqualTo(128);
    assertThat(created.version()).isEqualTo("$LATEST");
    assertThat(created.stateAsString()).isEqualTo("Active");
    assertThat(created.lastUpdateStatusAsString()).isEqualTo("Successful");
    assertThat(created.codeSize()).isEqualTo(LambdaFixtures.packageBytes().length);
    assertThat(created.codeSha256()).isEqualTo(CodeDigest.sha256(LambdaFixtures.packageBytes()));
    assertThat(created.lastModified())
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+0000");
    assertThat(t.host.config("echo")).isPresent();
  }

  @Test
  void createFunctionTwiceIsAConflict() {
    // given
    t.create("echo", "demo.Echo");

    // when / then
    assertThatThrownBy(() -> t.create("echo", "demo.Echo"))
        .isInstanceOfSatisfying(
            ResourceConflictException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(409);
              assertThat(e.awsErrorDetails().errorMessage())
                  .isEqualTo("Function already exist: echo");
            });
  }

  @Test
  void createFunctionWithAHandlerThatDoesNotLoadIsInvalid() {
    assertThatThrownBy(() -> t.create("ghost", "demo.NoSuchClass"))
        .isInstanceOfSatisfying(
            InvalidParameterValueException.class,
            e -> assertThat(e.awsErrorDetails().errorMessage()).contains("demo.NoSuchClass"));
    assertThat(t.host.config("ghost")).isEmpty();
  }

  @Test
  void getFunctionAnswersConfigurationAndCode() {
    // given
    t.create("echo", "demo.Echo");

    // when
    GetFunctionResponse res = t.lambda.getFunction(b -> b.functionName("echo"));

    // then
    assertThat(res.configuration().functionArn()).isEqualTo(ARN + "echo");
    assertThat(res.configuration().stateAsString()).isEqualTo("Active");
    assertThat(res.code().repositoryType()).isEqualTo("S3");
    assertThat(
            t.lambda
                .getFunction(b -> b.functionName(ARN + "echo").qualifier("$LATEST"))
                .configuration()
                .functionArn())
        .isEqualTo(ARN + "echo:$LATEST");
    assertThat(t.lambda.getFunctionConfiguration(b -> b.functionName("echo")).handler())
        .isEqualTo("demo.Echo");
  }

  @Test
  void getFunctionOfAnUnknownNameIsResourceNotFound() {
    assertThatThrownBy(() -> t.lambda.getFunction(b -> b.functionName("nope")))
        .isInstanceOfSatisfying(
            ResourceNotFoundException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(404);
              assertThat(e.awsErrorDetails().errorMessage())
                  .isEqualTo("Function not found: " + ARN + "nope");
            });
  }

  @Test
  void functionsRegisteredOnTheHostAreListedToo() {
    // given
    t.host.register(
        FunctionConfig.java21("direct", "demo.Echo", LambdaFixtures.classesDirectory()));

    // when
    FunctionConfiguration c = t.lambda.getFunction(b -> b.functionName("direct")).configuration();

    // then
    assertThat(c.handler()).isEqualTo("demo.Echo");
    assertThat(c.codeSha256()).isNotBlank();
    assertThat(t.lambda.listFunctions().functions())
        .extracting(FunctionConfiguration::functionName)
        .containsExactly("direct");
  }

  @Test
  void listFunctionsPagesWithMarkerAndMaxItems() {
    // given
    for (String name : List.of("c", "a", "e", "b", "d")) {
      t.host.register(FunctionConfig.java21(name, "demo.Echo", LambdaFixtures.classesDirectory()));
    }

    // when
    List<String> seen = new ArrayList<>();
    List<Integer> pageSizes = new ArrayList<>();
    String marker = null;
    do {
      String m = marker;
      ListFunctionsResponse page = t.lambda.listFunctions(b -> b.maxItems(2).marker(m));
      page.functions().forEach(f -> seen.add(f.functionName()));
      pageSizes.add(page.functions().size());
      marker = page.nextMarker();
    } while (marker != null);

    // then
    assertThat(seen).containsExactly("a", "b", "c", "d", "e");
    assertThat(pageSizes).containsExactly(2, 2, 1);
    assertThat(t.lambda.listFunctionsPaginator().functions().stream().count()).isEqualTo(5);
  }

  @Test
  void updateFunctionConfigurationChangesWhatTheFunctionSees() {
    // given
    CreateFunctionResponse created = t.create("echo", "demo.Echo");

    // when
    UpdateFunctionConfigurationResponse updated =
        t.lambda.updateFunctionConfiguration(b ->
            b.functionName("echo")
                .timeout(30)
                .memorySize(512)
                .description("echoes")
                .environment(e -> e.variables(Map.of("MODE", "test"))));

    // then
    assertThat(updated.timeout()).isEqualTo(30);
    assertThat(updated.memorySize()).isEqualTo(512);
    assertThat(updated.description()).isEqualTo("echoes");
    assertThat(updated.environment().variables()).containsEntry("MODE", "test");
    assertThat(updated.revisionId()).isNotEqualTo(created.revisionId());
    FunctionConfig config = t.host.config("echo").orElseThrow();
    assertThat(config.timeout()).hasSeconds(30);
    assertThat(config.environment()).containsEntry("MODE", "test");
  }

  @Test
  void updateWithAStaleRevisionIdFailsItsPrecondition() {
    // given
    t.create("echo", "demo.Echo");

    // when / then
    assertThatThrownBy(() ->
            t.lambda.updateFunctionConfiguration(
                b -> b.functionName("echo").timeout(5).revisionId("stale")))
        .isInstanceOfSatisfying(
            PreconditionFailedException.class, e -> assertThat(e.statusCode()).isEqualTo(412));
  }

  @Test
  void updateFunctionCodeDeploysTheNewPackage() {
    // given
    t.create("f", "demo.Marker");
    Path v2 = data.resolve("v2");
    LambdaFixtures.compileInto(v2, "demo.Marker", markerSource("v2"));
    // one package: zipping again may stamp other times into its entries, so other bytes
    byte[] zip = LambdaFixtures.zip(v2);

    // when
    UpdateFunctionCodeResponse updated =
        t.lambda.updateFunctionCode(b -> b.functionName("f").zipFile(SdkBytes.fromByteArray(zip)));

    // then
    assertThat(updated.codeSha256()).isEqualTo(CodeDigest.sha256(zip));
    assertThat(t.lambda.invoke(b -> b.functionName("f")).payload().asUtf8String())
        .isEqualTo("\"v2\"");
  }

  @Test
  void updateOfAnUnknownFunctionIsResourceNotFound() {
    assertThatThrownBy(() ->
            t.lambda.updateFunctionCode(b ->
                b.functionName("nope")
                    .zipFile(SdkBytes.fromByteArray(LambdaFixtures.packageBytes()))))
        .isInstanceOfSatisfying(
            ResourceNotFoundException.class,
            e ->
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo("Function not found: " + ARN + "nope"));
  }

  @Test
  void deleteFunctionRemovesItAndItsUnpackedCode() {
    // given
    t.create("echo", "demo.Echo");

    // when
    int status =
        t.lambda.deleteFunction(b -> b.functionName("echo")).sdkHttpResponse().statusCode();

    // then
    assertThat(status).isEqualTo(204);
    assertThat(t.host.config("echo")).isEmpty();
    assertThat(data.resolve("functions").resolve("echo")).isEmptyDirectory();
    assertThatThrownBy(() -> t.lambda.deleteFunction(b -> b.functionName("echo")))
        .isInstanceOfSatisfying(
            ResourceNotFoundException.class,
            e ->
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo("Function not found: " + ARN + "echo"));
  }

  @Test
  void deletingLatestAloneIsRefused() {
    // given
    t.create("echo", "demo.Echo");

    // when / then
    assertError(
        () -> t.lambda.deleteFunction(b -> b.functionName("echo").qualifier("$LATEST")),
        "InvalidParameterValueException",
        "$LATEST version cannot be deleted without deleting the function.");
  }

  static String markerSource(String value) {
    return """
    package demo;

    import com.amazonaws.services.lambda.runtime.Context;
    import com.amazonaws.services.lambda.runtime.RequestHandler;
    import java.util.Map;

    public class Marker implements RequestHandler<Map<String, Object>, String> {
      @Override
      public String handleRequest(Map<String, Object> event, Context context) {
        return "%s";
      }
    }
    """
        .formatted(value);
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
