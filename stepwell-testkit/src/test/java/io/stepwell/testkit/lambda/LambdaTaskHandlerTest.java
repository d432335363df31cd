package io.stepwell.testkit.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.Entropy;
import io.stepwell.asl.json.Json;
import io.stepwell.testkit.TaskRequest;
import io.stepwell.testkit.TaskResult;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Expected values come from the AWS recordings of the {@code lambda/} conformance cases: result
 * shapes, {@code Content-Length}s, error names and the exact text of causes.
 */
class LambdaTaskHandlerTest {
  private static final String INVOKE = "arn:aws:states:::lambda:invoke";
  private static final String STACK =
      "[\"  File \\\"/var/task/handler.py\\\", line 2, in handler\\n"
          + "    raise Exception(\\\"Some exception was raised.\\\")\\n\"]";

  private final TestFunctionHost host =
      TestFunctionHost.withEveryFunction("us-east-1", "111111111111", Entropy.seeded(1));
  private final LambdaTaskHandler handler =
      new LambdaTaskHandler(
          host,
          request -> new TaskResult.Failed("Other", request.resource()),
          () -> Instant.parse("2024-11-28T12:40:57Z"));

  private TaskResult invoke(String resource, Object parameters) {
    return handler.invoke(new TaskRequest(resource, parameters, null, null, null));
  }

  private static Map<String, Object> invokeParameters(String function, Object payload) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("FunctionName", function);
    p.put("Payload", payload);
    return p;
  }

  @Test
  void functionArnResourceReturnsTheFunctionsResult() {
    // when
    TaskResult result = invoke(host.arnOf("id_function"), Json.parse("{\"a\":0.0}"));

    // then
    assertThat(result).isEqualTo(new TaskResult.Succeeded(Json.parse("{\"a\":0.0}")));
  }

  @Test
  void functionArnResourceFailsWithThePythonErrorDocumentAsCause() {
    // when
    TaskResult result = invoke(host.arnOf("raise_exception"), Map.of());

    // then: test_task_lambda.test_raise_exception_catch's Cause, request id aside
    TaskResult.Failed failed = (TaskResult.Failed) result;
    assertThat(failed.error()).isEqualTo("Exception");
    assertThat(failed.cause())
        .matches(
            "\\{\"errorMessage\": \"Some exception was raised.\", \"errorType\": \"Exception\","
                + " \"requestId\": \"[0-9a-f-]{36}\", \"stackTrace\": \\Q"
                + STACK
                + "\\E\\}");
  }

  @Test
  void invokeIntegrationFailsWithTheErrorDocumentCompacted() {
    // when
    TaskResult result = invoke(INVOKE, invokeParameters("raise_exception", null));

    // then: test_task_service_lambda.test_raise_exception_catch's Cause, request id aside
    TaskResult.Failed failed = (TaskResult.Failed) result;
    assertThat(failed.error()).isEqualTo("Exception");
    assertThat(failed.cause())
        .matches(
            "\\{\"errorMessage\":\"Some exception was raised.\",\"errorType\":\"Exception\","
                + "\"requestId\":\"[0-9a-f-]{36}\",\"stackTrace\":\\Q"
                + STACK
                + "\\E\\}");
  }

  @Test
  void customExceptionHasAnEmptyMessage() {
    TaskResult.Failed failed =
        (TaskResult.Failed) invoke(INVOKE, invokeParameters("raise_custom_exception", null));
    assertThat(failed.error()).isEqualTo("CustomException");
    assertThat(failed.cause())
        .startsWith("{\"errorMessage\":\"\",\"errorType\":\"CustomException\"")
        .endsWith(
            "\"stackTrace\":[\"  File \\\"/var/task/handler.py\\\", line 9, in handler\\n"
                + "    raise CustomException()\\n\"]}");
  }

  @Test
  void unknownFunctionIsLambdasResourceNotFound() {
    // when
    TaskResult result = invoke(INVOKE, invokeParameters("no_such_fn", null));

    // then: test_task_service_lambda.test_no_such_function's cause, request id aside
    TaskResult.Failed failed = (TaskResult.Failed) result;
    assertThat(failed.error()).isEqualTo("Lambda.ResourceNotFoundException");
    assertThat(failed.cause())
        .matches(
            "\\QFunction not found: arn:aws:lambda:us-east-1:111111111111:function:no_such_fn:$LATEST"
                + " (Service: AWSLambda; Status Code: 404; Error Code: ResourceNotFoundException;"
                + " Request ID: \\E[0-9a-f-]{36}; Proxy: null\\)");
  }

  @Test
  void invokeIntegrationAnswersWithTheInvokeResponse() {
    // when
    TaskResult result =
        invoke(INVOKE, invokeParameters("id_function", Map.of("body", "string body")));

    // then: local_mocking test_lambda_service_invoke, Content-Length 23
    Map<String, Object> out = Json.asObject(((TaskResult.Succeeded) result).output());
    assertThat(out)
        .containsEntry("ExecutedVersion", "$LATEST")
        .containsEntry("Payload", Map.of("body", "string body"))
        .containsEntry("StatusCode", 200);
    Map<String, Object> http = Json.asObject(out.get("SdkHttpMetadata"));
    assertThat(Json.asObject(http.get("HttpHeaders"))).containsEntry("Content-Length", "23");
    assertThat(Json.asObject(http.get("AllHttpHeaders")))
        .containsEntry("Content-Length", List.of("23"));
    assertThat(http).containsEntry("HttpStatusCode", 200);
  }

  @Test
  void stringPayloadIsSentAsItsJsonText() {
    // when: test_invoke_json_values[0.0] sends "0.0"
    TaskResult result = invoke(INVOKE, invokeParameters("id_function", "0.0"));

    // then
    Map<String, Object> out = Json.asObject(((TaskResult.Succeeded) result).output());
    assertThat(out.get("Payload")).isEqualTo(0.0);
    assertThat(Json.asObject(Json.asObject(out.get("SdkHttpMetadata")).get("HttpHeaders")))
        .containsEntry("Content-Length", "3");
  }

  @Test
  void decoratedInputIsPythonsStrOfTheEvent() {
    // when
    TaskResult result =
        invoke(INVOKE, invokeParameters("return_decorated_input", List.of("string-literal")));

    // then: test_parallel_state_lambda's branch 1, Content-Length 32
    Map<String, Object> out = Json.asObject(((TaskResult.Succeeded) result).output());
    assertThat(out.get("Payload")).isEqualTo("input-event-['string-literal']");
    assertThat(Json.asObject(Json.asObject(out.get("SdkHttpMetadata")).get("HttpHeaders")))
        .containsEntry("Content-Length", "32");
  }

  @Test
  void bytesFunctionAnswersAString() {
    assertThat(invoke(host.arnOf("return_bytes_str"), Map.of()))
        .isEqualTo(new TaskResult.Succeeded("HelloWorld!"));
  }

  @Test
  void waitFunctionTakesSixtyVirtualSeconds() {
    TaskResult result = invoke(host.arnOf("wait_60_seconds"), Map.of("x", 1));
    assertThat(result).isEqualTo(new TaskResult.Succeeded(Map.of("x", 1), Duration.ofSeconds(60)));
  }

  @Test
  void largeOutputIsReturnedWhole() {
    TaskResult result = invoke(host.arnOf("large_output_string"), Map.of());
    assertThat((String) ((TaskResult.Succeeded) result).output()).hasSize(257 * 1024);
  }

  @Test
  void otherResourcesGoToTheFallback() {
    assertThat(invoke("arn:aws:states:::sqs:sendMessage", Map.of()))
        .isEqualTo(new TaskResult.Failed("Other", "arn:aws:states:::sqs:sendMessage"));
  }
}
