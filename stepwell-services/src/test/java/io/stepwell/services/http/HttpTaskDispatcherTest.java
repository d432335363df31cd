package io.stepwell.services.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.stepwell.asl.json.Json;
import io.stepwell.engine.Engine;
import io.stepwell.engine.TaskInvocation;
import io.stepwell.engine.TaskOutcome;
import io.stepwell.engine.store.ExecutionRecord;
import io.stepwell.engine.store.InMemoryStore;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpTaskDispatcherTest {
  private static final String CONNECTIONS =
      """
      {"key": {"AuthorizationType": "API_KEY", "AuthParameters":
          {"ApiKeyAuthParameters": {"ApiKeyName": "x-api-key", "ApiKeyValue": "k3y"}}},
       "basic": {"AuthorizationType": "BASIC", "AuthParameters":
          {"BasicAuthParameters": {"Username": "u", "Password": "p"}}},
       "oauth": {"AuthorizationType": "OAUTH_CLIENT_CREDENTIALS", "AuthParameters":
          {"OAuthParameters": {"AuthorizationEndpoint": "http://127.0.0.1:PORT/token",
           "HttpMethod": "POST", "ClientParameters": {"ClientID": "id", "ClientSecret": "s"},
           "OAuthHttpParameters": {"BodyParameters": [{"Key": "scope", "Value": "read"}]}}}}}
      """;

  /** What the fake API received: method, path?query, headers, body. */
  record Received(String method, String uri, Map<String, List<String>> headers, String body) {}

  private final List<Received> received = new CopyOnWriteArrayList<>();
  private HttpServer api;
  private String base;
  private HttpTaskDispatcher dispatcher;

  @BeforeEach
  void startApi() throws Exception {
    api = HttpServer.create(new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
    api.createContext(
        "/",
        ex -> {
          String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          received.add(
              new Received(
                  ex.getRequestMethod(),
                  ex.getRequestURI().toString(),
                  ex.getRequestHeaders(),
                  body));
          String path = ex.getRequestURI().getPath();
          int status = path.equals("/missing") ? 404 : 200;
          String answer =
              path.equals("/token")
                  ? "{\"access_token\":\"tok\",\"expires_in\":3600}"
                  : path.equals("/text") ? "plain words" : "{\"ok\":true}";
          ex.getResponseHeaders()
              .add("Content-Type", path.equals("/text") ? "text/plain" : "application/json");
          byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
          ex.sendResponseHeaders(status, bytes.length);
          ex.getResponseBody().write(bytes);
          ex.close();
        });
    api.start();
    base = "http://127.0.0.1:" + api.getAddress().getPort();
    HttpConnections connections =
        HttpConnections.fromJson(
            CONNECTIONS.replace("PORT", String.valueOf(api.getAddress().getPort())));
    dispatcher =
        new HttpTaskDispatcher(
            HttpInvokeConfig.of(Set.of("127.0.0.1"), connections), InstantSource.system());
  }

  @AfterEach
  void stop() {
    api.stop(0);
  }

  private TaskOutcome invoke(String parameters) {
    return dispatcher.dispatch(
        new TaskInvocation(
            "arn:exec",
            1,
            HttpTaskDispatcher.RESOURCE,
            Json.parse(parameters.replace("BASE", base)),
            null));
  }

  private static String connection(String name) {
    return "\"Authentication\":{\"ConnectionArn\":"
        + "\"arn:aws:events:us-east-1:123456789012:connection/"
        + name
        + "/0b6f2a\"}";
  }

  @Test
  void getWithQueryHeadersAndApiKeyAnswersAsStepFunctions() {
    TaskOutcome out =
        invoke(
            "{\"ApiEndpoint\":\"BASE/customers\",\"Method\":\"GET\",\"Headers\":{\"x-trace\":\"7\"},"
                + "\"QueryParameters\":{\"limit\":\"2\",\"tags\":[\"a\",\"b\"]},"
                + connection("key")
                + "}");

    assertThat(out).isInstanceOf(TaskOutcome.Succeeded.class);
    Map<String, Object> result = Json.asObject(((TaskOutcome.Succeeded) out).output());
    assertThat(result).containsOnlyKeys("Headers", "ResponseBody", "StatusCode", "StatusText");
    assertThat(result)
        .containsEntry("StatusCode", 200)
        .containsEntry("StatusText", "OK")
        .containsEntry("ResponseBody", Map.of("ok", true));
    assertThat(Json.asObject(result.get("Headers")).get("content-type"))
        .isEqualTo(List.of("application/json"));
    Received r = received.get(0);
    assertThat(r.uri()).isEqualTo("/customers?limit=2&tags%5B0%5D=a&tags%5B1%5D=b");
    assertThat(r.headers().get("X-api-key")).containsExactly("k3y");
    assertThat(r.headers().get("X-trace")).containsExactly("7");
  }

  @Test
  void urlEncodedBodyFollowsArrayFormat() {
    invoke(
        "{\"ApiEndpoint\":\"BASE/form\",\"Method\":\"POST\","
            + "\"RequestBody\":{\"name\":\"Ann Lee\",\"slots\":[1,2],\"who\":{\"id\":3}},"
            + "\"Transform\":{\"RequestBodyEncoding\":\"URL_ENCODED\","
            + "\"RequestEncodingOptions\":{\"ArrayFormat\":\"BRACKETS\"}},"
            + connection("basic")
            + "}");

    Received r = received.get(0);
    assertThat(r.body()).isEqualTo("name=Ann+Lee&slots%5B%5D=1&slots%5B%5D=2&who%5Bid%5D=3");
    assertThat(r.headers().get("Content-type"))
        .containsExactly("application/x-www-form-urlencoded");
    assertThat(r.headers().get("Authorization")).containsExactly("Basic dTpw");
  }

  @Test
  void jsonBodyAndOAuthBearerToken() {
    invoke(
        "{\"ApiEndpoint\":\"BASE/orders\",\"Method\":\"POST\",\"RequestBody\":{\"n\":1},"
            + connection("oauth")
            + "}");
    invoke("{\"ApiEndpoint\":\"BASE/orders\",\"Method\":\"PUT\"," + connection("oauth") + "}");

    // one token request serves both calls
    assertThat(received).extracting(Received::uri).containsExactly("/token", "/orders", "/orders");
    assertThat(received.get(0).body()).isEqualTo("grant_type=client_credentials&scope=read");
    assertThat(received.get(1).body()).isEqualTo("{\"n\":1}");
    assertThat(received.get(1).headers().get("Authorization")).containsExactly("Bearer tok");
    assertThat(received.get(2).method()).isEqualTo("PUT");
  }

  @Test
  void textAnswerIsAString() {
    TaskOutcome out = invoke("{\"ApiEndpoint\":\"BASE/text\",\"Method\":\"GET\"}");
    assertThat(Json.asObject(((TaskOutcome.Succeeded) out).output()))
        .containsEntry("ResponseBody", "plain words");
  }

  @Test
  void notFoundFailsWithStatusCodeError() {
    TaskOutcome out = invoke("{\"ApiEndpoint\":\"BASE/missing\",\"Method\":\"GET\"}");

    assertThat(out)
        .isInstanceOfSatisfying(
            TaskOutcome.Failed.class,
            f -> {
              assertThat(f.error()).isEqualTo("States.Http.StatusCode.404");
              assertThat(Json.asObject(Json.parse(f.cause())))
                  .containsEntry("StatusCode", 404)
                  .containsEntry("StatusText", "Not Found");
            });
  }

  @Test
  void hostOffTheAllowListFailsNamingHostAndOption() {
    TaskOutcome out = invoke("{\"ApiEndpoint\":\"http://localhost:1/x\",\"Method\":\"GET\"}");

    assertThat(out)
        .isEqualTo(
            new TaskOutcome.Failed(
                "States.Runtime",
                "The HTTP Task may not call localhost: the host is not on the allow-list (add it"
                    + " with --http-allow-host localhost)"));
    assertThat(received).isEmpty();
  }

  @Test
  void unknownConnectionFails() {
    TaskOutcome out =
        invoke("{\"ApiEndpoint\":\"BASE/x\",\"Method\":\"GET\"," + connection("nope") + "}");
    assertThat(out)
        .isEqualTo(
            new TaskOutcome.Failed(
                "Events.ConnectionResource.ResourceNotFound",
                "No connection named nope is configured"));
  }

  @Test
  void badParametersFailBeforeAnyCall() {
    assertThat(invoke("{\"ApiEndpoint\":\"BASE/x\",\"Method\":\"FETCH\"}"))
        .extracting(o -> ((TaskOutcome.Failed) o).error())
        .isEqualTo("States.Runtime");
    assertThat(invoke("{\"Method\":\"GET\"}")).isInstanceOf(TaskOutcome.Failed.class);
    assertThat(invoke("{\"ApiEndpoint\":\"ftp://127.0.0.1/x\",\"Method\":\"GET\"}"))
        .isInstanceOf(TaskOutcome.Failed.class);
    assertThat(
            invoke(
                "{\"ApiEndpoint\":\"BASE/x\",\"Method\":\"GET\",\"Headers\":{\"Host\":\"evil\"}}"))
        .satisfies(o ->
            assertThat(((TaskOutcome.Failed) o).cause()).contains("may not set the header Host"));
    assertThat(
            invoke(
                "{\"ApiEndpoint\":\"BASE/x\",\"Method\":\"POST\",\"RequestBody\":{},"
                    + "\"Transform\":{\"RequestEncodingOptions\":{\"ArrayFormat\":\"DOTS\"}}}"))
        .isInstanceOf(TaskOutcome.Failed.class);
    assertThat(received).isEmpty();
  }

  @Test
  void refusedConnectionIsSocketError() {
    int port = api.getAddress().getPort();
    api.stop(0);
    TaskOutcome out =
        invoke("{\"ApiEndpoint\":\"http://127.0.0.1:" + port + "/x\",\"Method\":\"GET\"}");
    assertThat(out)
        .extracting(o -> ((TaskOutcome.Failed) o).error())
        .isEqualTo("States.Http.Socket");
  }

  @Test
  void connectionsConfigNamesWhatIsWrong() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() ->
            HttpConnections.fromJson(
                "{\"c\":{\"AuthorizationType\":\"MAGIC\",\"AuthParameters\":{}}}"))
        .hasMessageContaining("connection c: AuthorizationType must be");
  }

  @Test
  void stateMachineCatchesA404() throws Exception {
    try (Engine engine =
        Engine.builder(new InMemoryStore())
            .tasks(HttpTaskDispatcher.RESOURCE, dispatcher)
            .build()) {
      String sm =
          engine
              .createStateMachine(
                  "h",
                  """
                  {"StartAt":"Call","States":{
                    "Call":{"Type":"Task","Resource":"arn:aws:states:::http:invoke",
                      "Parameters":{"ApiEndpoint":"BASE/missing","Method":"GET"},
                      "Catch":[{"ErrorEquals":["States.Http.StatusCode.404"],"Next":"Gone"}],
                      "End":true},
                    "Gone":{"Type":"Pass","Result":"gone","End":true}}}
                  """
                      .replace("BASE", base),
                  "STANDARD",
                  "arn:aws:iam::123456789012:role/x")
              .arn();
      ExecutionRecord done =
          engine.awaitExecution(
              engine.startExecution(sm, null, "{}").arn(), Duration.ofSeconds(10));
      assertThat(done.status()).isEqualTo("SUCCEEDED");
      assertThat(done.output()).isEqualTo("\"gone\"");
    }
  }
}
