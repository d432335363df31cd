package io.stepwell.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.json.Json;
import io.stepwell.engine.fixtures.Failing;
import io.stepwell.engine.fixtures.Greeter;
import io.stepwell.engine.store.ExecutionRecord;
import io.stepwell.engine.store.InMemoryStore;
import io.stepwell.functions.FunctionConfig;
import io.stepwell.functions.FunctionHost;
import io.stepwell.functions.java.JavaRuntime;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Task states calling real Java functions, each loaded in its own class loader. */
class EngineFunctionsTest {
  private FunctionHost host;
  private Engine engine;

  @BeforeEach
  void setUp() throws Exception {
    Path code = Path.of(Greeter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    host = new FunctionHost("us-east-1", "111111111111", List.of(new JavaRuntime()));
    host.register(FunctionConfig.java21("greeter", Greeter.class.getName(), code));
    host.register(FunctionConfig.java21("failing", Failing.class.getName(), code));
    engine = Engine.builder(new InMemoryStore()).functions(host).build();
  }

  @AfterEach
  void tearDown() {
    engine.close();
    host.close();
  }

  private ExecutionRecord run(String definition, String input) throws InterruptedException {
    String sm = engine.createStateMachine("m", definition, "STANDARD", null).arn();
    ExecutionRecord started = engine.startExecution(sm, "e", input);
    return engine.awaitExecution(started.arn(), Duration.ofSeconds(20));
  }

  @Test
  void functionArnGetsTheFunctionsReturnValue() throws Exception {
    ExecutionRecord done =
        run(
            """
            {"StartAt":"Greet","States":{"Greet":{"Type":"Task",
              "Resource":"arn:aws:lambda:us-east-1:111111111111:function:greeter","End":true}}}
            """,
            "{\"name\":\"Ada\"}");

    assertThat(done.status()).isEqualTo("SUCCEEDED");
    assertThat(Json.parse(done.output())).isEqualTo(Map.of("greeting", "Hello, Ada"));
  }

  @Test
  void invokeIntegrationGetsLambdasResponseAndErrorsAreCaught() throws Exception {
    ExecutionRecord done =
        run(
            """
            {"StartAt":"Greet","States":{
              "Greet":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
                "Parameters":{"FunctionName":"greeter","Payload":{"name.$":"$.name"}},
                "ResultSelector":{"body.$":"$.Payload","status.$":"$.StatusCode"},"ResultPath":"$.greet","Next":"Fail"},
              "Fail":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
                "Parameters":{"FunctionName":"failing","Payload":{}},
                "Catch":[{"ErrorEquals":["java.lang.IllegalStateException"],"ResultPath":"$.error","Next":"Done"}],
                "End":true},
              "Done":{"Type":"Succeed"}}}
            """,
            "{\"name\":\"Grace\"}");

    assertThat(done.status()).isEqualTo("SUCCEEDED");
    Map<String, Object> output = Json.asObject(Json.parse(done.output()));
    assertThat(output.get("greet"))
        .isEqualTo(Map.of("body", Map.of("greeting", "Hello, Grace"), "status", 200));
    Map<String, Object> error = Json.asObject(output.get("error"));
    assertThat(error.get("Error")).isEqualTo("java.lang.IllegalStateException");
    assertThat((String) error.get("Cause")).contains("the appointment book is closed");
  }

  @Test
  void anUnknownFunctionIsLambdasResourceNotFound() throws Exception {
    ExecutionRecord done =
        run(
            """
            {"StartAt":"Nobody","States":{"Nobody":{"Type":"Task",
              "Resource":"arn:aws:lambda:us-east-1:111111111111:function:nobody","End":true}}}
            """,
            "{}");

    assertThat(done.status()).isEqualTo("FAILED");
    assertThat(done.error()).isEqualTo("Lambda.ResourceNotFoundException");
    assertThat(done.cause()).startsWith("Function not found: ");
  }
}
