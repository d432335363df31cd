package io.stepwell.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The console's page, its own files and the WebJars, as a browser fetches them. */
class ConsoleFilesTest {
  private ConsoleFixture fixture;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    fixture = new ConsoleFixture();
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fixture.url() + path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void rootServesThePageWithAnImportMapNamingTheWebJarVersions() throws Exception {
    // when
    HttpResponse<String> page = get("/");

    // then
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(page.body())
        .contains("\"lit\": \"/webjars/lit/3.3.2/index.js\"")
        .contains("/webjars/cytoscape/3.33.1/dist/cytoscape.esm.min.mjs")
        .contains("/webjars/monaco-editor/0.52.2/min")
        .doesNotContain("{{webjar:");
  }

  @Test
  void webJarFilesAreServedAsJavaScriptAndKeptForAYear() throws Exception {
    // when
    HttpResponse<String> cytoscape = get("/webjars/cytoscape/3.33.1/dist/cytoscape.esm.min.mjs");

    // then
    assertThat(cytoscape.statusCode()).isEqualTo(200);
    assertThat(cytoscape.headers().firstValue("Content-Type"))
        .hasValue("text/javascript; charset=utf-8");
    assertThat(cytoscape.headers().firstValue("Cache-Control"))
        .hasValue("public, max-age=31536000, immutable");
    assertThat(cytoscape.body()).contains("cytoscape");
  }

  @Test
  void consoleFilesAreRevalidatedWithTheirEntityTag() throws Exception {
    // given
    HttpResponse<String> first = get("/console/js/app.js");
    String etag = first.headers().firstValue("ETag").orElseThrow();

    // when
    HttpResponse<String> again = get("/console/js/app.js", "If-None-Match", etag);

    // then
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
    assertThat(first.headers().firstValue("Content-Type"))
        .hasValue("text/javascript; charset=utf-8");
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
  }

  @Test
  void vendoredElkComesWithItsLicence() throws Exception {
    assertThat(get("/console/vendor/elkjs/elk-worker.min.js").statusCode()).isEqualTo(200);
    assertThat(get("/console/vendor/elkjs/LICENSE.md").body()).contains("Eclipse Public License");
  }

  @Test
  void pathsOutsideTheFoldersAreNotFound() throws Exception {
    assertThat(get("/console/nothing-here.js").statusCode()).isEqualTo(404);
    assertThat(get("/webjars/lit/3.3.2/").statusCode()).isEqualTo(404);
    assertThat(get("/console/%2e%2e/%2e%2e/META-INF/MANIFEST.MF").statusCode()).isEqualTo(404);
    assertThat(get("/webjars/..%2f..%2fMETA-INF/MANIFEST.MF").statusCode()).isEqualTo(404);
  }

  @Test
  void plainRelativePathsAreTheOnlyOnesLoaded() {
    assertThat(StaticFile.isPlainRelative("js/app.js")).isTrue();
    assertThat(StaticFile.isPlainRelative("../app.js")).isFalse();
    assertThat(StaticFile.isPlainRelative("js/../../x")).isFalse();
    assertThat(StaticFile.isPlainRelative("/etc/passwd")).isFalse();
    assertThat(StaticFile.isPlainRelative("js//app.js")).isFalse();
    assertThat(StaticFile.isPlainRelative("js\\app.js")).isFalse();
  }
}
