package io.stepwell.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** {@code stepwell serve} serves the web console at its root URL. */
class ServeConsoleTest {
  @Test
  void rootUrlIsTheConsole() throws Exception {
    try (ServerProcess server = ServerProcess.start("--memory")) {
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> page =
          http.send(
              HttpRequest.newBuilder(URI.create(server.endpoint() + "/")).build(),
              HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> logs =
          http.send(
              HttpRequest.newBuilder(URI.create(server.endpoint() + "/console/api/function-logs"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("<sw-app>").contains("/webjars/lit/");
      assertThat(logs.body()).contains("\"recording\":true");
    }
  }
}
