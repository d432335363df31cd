package io.stepwell.functions.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwell.functions.FunctionConfig;
import io.stepwell.functions.FunctionHost;
import io.stepwell.functions.InvalidFunctionException;
import io.stepwell.functions.Invocation;
import io.stepwell.functions.InvokeOptions;
import io.stepwell.functions.Payload;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Custom runtimes ({@code provided.al2023}): the code's own {@code bootstrap} speaks the Runtime
 * API, here a small Python script that uses the API as AWS's custom runtime tutorial does.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class CustomRuntimeTest {
  private static final String BOOTSTRAP =
      """
      #!/usr/bin/env python3
      import json, os, sys, urllib.request
      api = "http://" + os.environ["AWS_LAMBDA_RUNTIME_API"] + "/2018-06-01/runtime/invocation/"
      print("custom runtime ready", flush=True)
      while True:
          with urllib.request.urlopen(api + "next") as r:
              request_id = r.headers["Lambda-Runtime-Aws-Request-Id"]
              event = json.loads(r.read())
          print("handling", request_id, flush=True)
          if event.get("fail"):
              body, route = json.dumps({"errorMessage": "no", "errorType": "Custom"}), "/error"
          else:
              body, route = json.dumps({"upper": event["text"].upper()}), "/response"
          urllib.request.urlopen(urllib.request.Request(api + request_id + route, data=body.encode(), method="POST")).read()
      """;

  @TempDir Path code;
  private FunctionHost host;

  @BeforeEach
  void startHost() {
    Interpreters.requirePython();
    host = new FunctionHost(List.of(ProcessRuntime.create()));
  }

  @AfterEach
  void closeHost() {
    if (host != null) {
      host.close();
    }
  }

  @Test
  void bootstrapServesInvocationsThroughTheRuntimeApi() {
    // given
    FunctionFiles.in(code).executable("bootstrap", BOOTSTRAP);
    host.register(FunctionConfig.of("custom", "provided.al2023", "unused.handler", code));

    // when
    Invocation ok =
        host.invoke(
            "custom", Payload.ofUtf8("{\"text\":\"shout\"}"), new InvokeOptions("r-1", null));
    Invocation failed =
        host.invoke("custom", Payload.ofUtf8("{\"fail\":true}"), new InvokeOptions("r-2", null));

    // then
    assertThat(ok).isInstanceOf(Invocation.Success.class);
    assertThat(((Invocation.Success) ok).payload().utf8()).isEqualTo("{\"upper\": \"SHOUT\"}");
    assertThat(ok.logs())
        .containsExactly(
            "custom runtime ready",
            "START RequestId: r-1 Version: $LATEST",
            "handling r-1",
            "END RequestId: r-1",
            ok.logs().getLast());
    assertThat(((Invocation.FunctionError) failed).errorType()).isEqualTo("Custom");
  }

  @Test
  void zippedCodeWithABootstrapRuns() throws IOException {
    // given: zip entries carry no file mode; the bootstrap is made executable when unpacked
    Path zip = code.resolve("function.zip");
    try (OutputStream file = Files.newOutputStream(zip);
        ZipOutputStream out = new ZipOutputStream(file)) {
      out.putNextEntry(new ZipEntry("bootstrap"));
      out.write(BOOTSTRAP.strip().getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    host.register(FunctionConfig.of("zipped", "provided.al2", "x.y", zip));

    // then
    Invocation invocation =
        host.invoke("zipped", Payload.ofUtf8("{\"text\":\"z\"}"), InvokeOptions.defaults());
    assertThat(((Invocation.Success) invocation).payload().utf8()).isEqualTo("{\"upper\": \"Z\"}");
  }

  @Test
  void codeWithoutABootstrapIsRefusedAtRegistration() {
    assertThatThrownBy(
            () -> host.register(FunctionConfig.of("nobootstrap", "provided.al2023", "x.y", code)))
        .isInstanceOf(InvalidFunctionException.class)
        .hasMessageContaining("runs the executable file bootstrap")
        .hasMessageEndingWith("has none.");
  }
}
