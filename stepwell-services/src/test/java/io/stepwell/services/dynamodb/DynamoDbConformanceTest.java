package io.stepwell.services.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.stepwell.asl.json.Json;
import io.stepwell.engine.store.ExecutionRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The DynamoDB cases recorded against AWS ({@code ../shared/conformance/other}), run through the
 * engine: status, output or error and cause, and the optimized integration's HTTP metadata (the
 * parts that do not vary between calls: status code, content type and length).
 */
class DynamoDbConformanceTest {
  private final TaskEngine tasks = new TaskEngine();

  @AfterEach
  void stop() {
    tasks.close();
  }

  private static Map<String, Object> load(String file) throws IOException {
    String shared = System.getProperty("stepwell.shared");
    Path path = shared == null ? null : Path.of(shared, "conformance", "other", file);
    if (path == null || !Files.isRegularFile(path)) {
      String why = "conformance case not found: " + path + " (system property stepwell.shared)";
      if ("true".equals(System.getenv("STEPWELL_REQUIRE_SHARED"))) {
        fail(why);
      }
      assumeTrue(false, why + "; skipped");
    }
    return Json.asObject(Json.parse(Files.readString(path)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "services.test_dynamodb_task_service.test_base_integrations[DYNAMODB_PUT_GET_ITEM].json",
        "services.test_dynamodb_task_service.test_base_integrations[DYNAMODB_PUT_UPDATE_GET_ITEM].json",
        "services.test_dynamodb_task_service.test_base_integrations[DYNAMODB_PUT_DELETE_ITEM].json",
        "services.test_dynamodb_task_service.test_base_integrations[DYNAMODB_PUT_QUERY].json",
        "services.test_aws_sdk_task_service.test_dynamodb_put_get_item.json",
        "services.test_aws_sdk_task_service.test_dynamodb_put_delete_item.json",
        "services.test_aws_sdk_task_service.test_dynamodb_put_update_get_item.json",
        "local_mocking.test_base_scenarios.test_dynamodb_put_get_item.json",
        "error_handling.test_task_service_dynamodb.test_put_item_no_such_table.json",
        "error_handling.test_task_service_dynamodb.test_invalid_param.json",
        "error_handling.test_task_service_dynamodb.test_put_item_invalid_table_name.json",
        "error_handling.test_aws_sdk.test_dynamodb_invalid_param.json"
      })
  void caseRunsAsOnAws(String file) throws Exception {
    // given
    Map<String, Object> c = load(file);
    Map<String, Object> expected = Json.asObject(c.get("expected"));
    // The recorder wrote "<test-table>" for its random table name: any valid name stands for it.
    String definition = Json.write(c.get("definition"));
    String input = Json.write(c.get("input")).replace("\"<test-table>\"", "\"test-table\"");
    Object tableName = Json.asObject(Json.parse(input)).get("TableName");
    if (!file.contains("no_such_table")
        && tableName instanceof String name
        && name.matches("[a-zA-Z0-9_.-]{3,}")) {
      tasks.createTable(name);
    }

    // when
    ExecutionRecord run = tasks.run(definition, Json.parse(input));

    // then
    assertThat(run.status()).isEqualTo(expected.get("status"));
    if (expected.get("error") != null) {
      assertThat(run.error()).isEqualTo(expected.get("error"));
      assertThat(run.cause().replaceAll("Request ID: [A-Z0-9]{52}", "Request ID: <request_id>"))
          .isEqualTo(expected.get("cause"));
      return;
    }
    Object actual = Json.parse(run.output().replace("\"test-table\"", "\"<test-table>\""));
    assertThat(metadata(actual)).isEqualTo(metadata(expected.get("output")));
    assertThat(Json.valueEquals(strip(actual), strip(expected.get("output"))))
        .as("output %s", Json.write(actual))
        .isTrue();
  }

  /** The HTTP metadata parts that AWS answers the same every time, by task result. */
  private static Object metadata(Object value) {
    if (value instanceof Map<?, ?> map) {
      if (map.get("SdkHttpMetadata") instanceof Map<?, ?> http) {
        Map<?, ?> headers = (Map<?, ?>) http.get("HttpHeaders");
        return Map.of(
            "status", http.get("HttpStatusCode"),
            "type", headers.get("Content-Type"),
            "length", headers.get("Content-Length"),
            "all", ((Map<?, ?>) http.get("AllHttpHeaders")).get("Content-Length"));
      }
      Map<Object, Object> out = new java.util.TreeMap<>();
      map.forEach((k, v) -> {
        Object m = metadata(v);
        if (m != null) {
          out.put(k, m);
        }
      });
      return out.isEmpty() ? null : out;
    }
    return null;
  }

  private static Object strip(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> out = new java.util.LinkedHashMap<>();
      map.forEach((k, v) -> {
        if (!"SdkHttpMetadata".equals(k) && !"SdkResponseMetadata".equals(k)) {
          out.put(k, strip(v));
        }
      });
      return out;
    }
    return value;
  }
}
