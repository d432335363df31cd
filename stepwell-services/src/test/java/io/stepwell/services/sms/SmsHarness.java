package io.stepwell.services.sms;

import io.stepwell.engine.Engine;
import io.stepwell.engine.store.InMemoryKeyValueStore;
import io.stepwell.engine.store.InMemoryStore;
import io.stepwell.engine.store.KeyValueStore;
import io.stepwell.engine.store.Store;
import io.stepwell.server.StepwellServer;
import io.stepwell.server.sfn.StepFunctionsApi;
import io.stepwell.services.sns.SnsPublisher;
import io.stepwell.services.sns.SnsQueryApi;
import io.stepwell.services.sns.SnsTaskDispatcher;
import io.stepwell.services.sns.SnsTopics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.InstantSource;

/** An engine with the SNS integration and a server with the SNS and SMS routes, on port 0. */
public final class SmsHarness implements AutoCloseable {
  public final KeyValueStore kv;
  public final SmsService sms;
  public final SnsPublisher publisher;
  public final Engine engine;
  public final StepwellServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  public SmsHarness(Store store, KeyValueStore kv, SmsProvider provider, InstantSource clock) {
    this.kv = kv;
    this.sms = new SmsService(kv, provider, clock);
    this.publisher =
        new SnsPublisher(sms, new SnsTopics(kv, Engine.DEFAULT_REGION, Engine.DEFAULT_ACCOUNT));
    this.engine =
        Engine.builder(store)
            .clock(clock)
            .tasks(SnsTaskDispatcher.PREFIX, new SnsTaskDispatcher(publisher, clock))
            .build();
    this.server =
        StepwellServer.builder(engine)
            .bind("127.0.0.1", 0)
            .feature(new StepFunctionsApi())
            .feature(new SnsQueryApi(publisher))
            .feature(new SmsApi(sms))
            .start();
  }

  /** In memory, with the outbox provider and the system clock. */
  public static SmsHarness inMemory() {
    return new SmsHarness(
        new InMemoryStore(),
        new InMemoryKeyValueStore(),
        new OutboxSmsProvider(),
        InstantSource.system());
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.port());
  }

  public HttpResponse<String> post(String path, String contentType, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(endpoint().resolve(path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(endpoint().resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Creates a state machine and answers its ARN. */
  public String stateMachine(String name, String definition) {
    return engine
        .createStateMachine(name, definition, "STANDARD", "arn:aws:iam::123456789012:role/x")
        .arn();
  }

  /** Waits until a message to {@code phone} waits for a reply. */
  public SmsMessage awaitWaiting(String phone) throws InterruptedException {
    for (int i = 0; i < 2000; i++) {
      for (SmsMessage m : sms.messages().list(null, 100).messages()) {
        if (phone.equals(m.to()) && SmsService.WAITING.equals(m.status())) {
          return m;
        }
      }
      Thread.sleep(5);
    }
    throw new AssertionError("no message to " + phone + " came to wait for a reply");
  }

  @Override
  public void close() {
    server.close();
    engine.close();
  }
}
