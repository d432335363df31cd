package io.stepwell.functions.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.functions.Payload;
import io.stepwell.functions.RuntimeRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Lambda Runtime API over HTTP, as a runtime sees it. Status codes, headers and error bodies
 * are those of Lambda's Runtime API (its OpenAPI description and AWS's runtime interface emulator):
 * 202 {@code {"status":"OK"}}, 400 {@code InvalidRequestID}, 403 {@code InvalidStateTransition},
 * 413 {@code RequestEntityTooLarge}.
 */
class RuntimeApiServerTest {
  private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
  private final InvocationChannel channel = new InvocationChannel();
  private final RuntimeApiServer server = RuntimeApiServer.start(channel, threads);
  private final HttpClient client = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    server.close();
    threads.shutdownNow();
  }

  private HttpResponse<String> get(String route) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(uri(route)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String route, String body, String errorType)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(route)).POST(HttpRequest.BodyPublishers.ofString(body));
    if (errorType != null) {
      request.header("Lambda-Runtime-Function-Error-Type", errorType);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String route) {
    return URI.create("http://" + server.address() + "/2018-06-01/runtime/" + route);
  }

  private PendingInvocation submit(String id, String event) {
    PendingInvocation invocation =
        new PendingInvocation(
            new RuntimeRequest(id, Payload.ofUtf8(event), Duration.ofSeconds(3), "Root=1-abc"),
            "arn:aws:lambda:us-east-1:123456789012:function:f",
            System.nanoTime() + TimeUnit.SECONDS.toNanos(13));
    channel.submit(invocation);
    return invocation;
  }

  @Test
  void nextHandsOutTheEventWithLambdasHeaders() throws Exception {
    // given
    submit("req-1", "{\"a\":1}");
    long before = System.currentTimeMillis();

    // when
    HttpResponse<String> next = get("invocation/next");

    // then
    assertThat(next.statusCode()).isEqualTo(200);
    assertThat(next.body()).isEqualTo("{\"a\":1}");
    assertThat(next.headers().firstValue("Lambda-Runtime-Aws-Request-Id")).hasValue("req-1");
    assertThat(next.headers().firstValue("Lambda-Runtime-Invoked-Function-Arn"))
        .hasValue("arn:aws:lambda:us-east-1:123456789012:function:f");
    assertThat(next.headers().firstValue("Lambda-Runtime-Trace-Id")).hasValue("Root=1-abc");
    long deadline = Long.parseLong(next.headers().firstValue("Lambda-Runtime-Deadline-Ms").get());
    assertThat(deadline).isBetween(before + 2900, System.currentTimeMillis() + 3000);
  }

  @Test
  void nextWaitsUntilThereIsAnInvocation() throws Exception {
    // given
    CompletableFuture<HttpResponse<String>> next =
        client.sendAsync(
            HttpRequest.newBuilder(uri("invocation/next")).build(),
            HttpResponse.BodyHandlers.ofString());
    Thread.sleep(200);
    assertThat(next).isNotDone();

    // when
    submit("req-late", "{}");

    // then
    assertThat(next.get(5, TimeUnit.SECONDS).headers().firstValue("Lambda-Runtime-Aws-Request-Id"))
        .hasValue("req-late");
  }

  @Test
  void responseIsAcceptedAndAnswersTheInvocation() throws Exception {
    // given
    PendingInvocation invocation = submit("req-2", "{}");
    get("invocation/next");

    // when
    HttpResponse<String> response = post("invocation/req-2/response", "{\"ok\":true}", null);

    // then
    assertThat(response.statusCode()).isEqualTo(202);
    assertThat(response.body()).isEqualTo("{\"status\":\"OK\"}");
    Reply reply = invocation.reply().get(1, TimeUnit.SECONDS);
    assertThat(((Reply.Response) reply).body().payload().utf8()).isEqualTo("{\"ok\":true}");
  }

  @Test
  void errorCarriesItsTypeHeader() throws Exception {
    // given
    PendingInvocation invocation = submit("req-3", "{}");
    get("invocation/next");

    // when
    HttpResponse<String> response =
        post("invocation/req-3/error", "{\"errorMessage\":\"x\"}", "Function.Custom");

    // then
    assertThat(response.statusCode()).isEqualTo(202);
    assertThat(((Reply.ErrorResponse) invocation.reply().get(1, TimeUnit.SECONDS)).errorType())
        .isEqualTo("Function.Custom");
  }

  @Test
  void anotherRequestIdIsRefusedWith400() throws Exception {
    // given
    submit("req-4", "{}");
    get("invocation/next");

    // when
    HttpResponse<String> response = post("invocation/someone-else/response", "{}", null);

    // then
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .isEqualTo("{\"errorMessage\":\"Invalid request ID\",\"errorType\":\"InvalidRequestID\"}");
  }

  @Test
  void answeringTwiceIsRefusedWith403() throws Exception {
    // given
    submit("req-5", "{}");
    get("invocation/next");
    post("invocation/req-5/response", "1", null);

    // when
    HttpResponse<String> again = post("invocation/req-5/response", "2", null);

    // then
    assertThat(again.statusCode()).isEqualTo(403);
    assertThat(again.body())
        .isEqualTo(
            "{\"errorMessage\":\"State transition from RuntimeResponseSentState to"
                + " InvocationResponse failed for runtime. Error: State transition is not"
                + " allowed\",\"errorType\":\"InvalidStateTransition\"}");
  }

  @Test
  void responseBeforeAnyInvocationIsRefusedWith403() throws Exception {
    assertThat(post("invocation/req-6/response", "{}", null).statusCode()).isEqualTo(403);
  }

  @Test
  void responseOverSixMegabytesIsRefusedWith413AndStillAnswersTheInvocation() throws Exception {
    // given
    PendingInvocation invocation = submit("req-7", "{}");
    get("invocation/next");

    // when
    HttpResponse<String> response =
        post("invocation/req-7/response", "\"" + "x".repeat(6_291_556) + "\"", null);

    // then
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body())
        .isEqualTo(
            "{\"errorMessage\":\"Exceeded maximum allowed payload size (6291556 bytes).\","
                + "\"errorType\":\"RequestEntityTooLarge\"}");
    assertThat(((Reply.Response) invocation.reply().get(1, TimeUnit.SECONDS)).body().overLimit())
        .isTrue();
  }

  @Test
  void initErrorAnswersTheQueuedInvocation() throws Exception {
    // given
    PendingInvocation invocation = submit("req-8", "{}");

    // when
    HttpResponse<String> response =
        post("init/error", "{\"errorMessage\":\"boom\",\"errorType\":\"Runtime.X\"}", "Runtime.X");

    // then
    assertThat(response.statusCode()).isEqualTo(202);
    assertThat(((Reply.InitError) invocation.reply().get(1, TimeUnit.SECONDS)).errorType())
        .isEqualTo("Runtime.X");
    assertThat(get("invocation/next").statusCode()).isEqualTo(403);
  }

  @Test
  void unknownRoutesAreNotFound() throws Exception {
    assertThat(get("nothing/here").statusCode()).isEqualTo(404);
  }
}
