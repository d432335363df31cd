package io.stepwell.cli;

import io.stepwell.engine.Engine;
import io.stepwell.engine.bucket.BucketStore;
import io.stepwell.engine.bucket.InMemoryBucketStore;
import io.stepwell.engine.store.Store;
import io.stepwell.services.http.HttpConnections;
import io.stepwell.services.http.HttpInvokeConfig;
import io.stepwell.services.sms.OutboxSmsProvider;
import io.stepwell.services.sms.SmsProvider;
import java.time.InstantSource;
import java.util.Map;
import java.util.Set;

/**
 * How a node is put together.
 *
 * @param store where executions live
 * @param clock the clock (a scaled one runs timers faster)
 * @param region the region ARNs name
 * @param account the account ARNs name
 * @param runTimers whether timers fire (a node that only deploys does not run them)
 * @param buckets what {@code s3://} means for Distributed Maps and the S3 API
 * @param sms how SMS messages leave
 * @param http the HTTP Task's allowed hosts and connections
 * @param functionCode where code uploaded through the Lambda API is unpacked
 * @param accessKeys access key id to secret: requests must be signed (SigV4) with one; empty for no
 *     authentication
 * @param endpoint the URL this node serves at, given to functions as {@code AWS_ENDPOINT_URL}
 */
record NodeSettings(
    Store store,
    InstantSource clock,
    String region,
    String account,
    boolean runTimers,
    BucketStore buckets,
    SmsProvider sms,
    HttpInvokeConfig http,
    java.nio.file.Path functionCode,
    Map<String, String> accessKeys,
    java.net.URI endpoint) {

  /** Defaults around a store: real time, the default ARNs, buckets in memory, the SMS outbox. */
  static NodeSettings of(Store store) {
    return new NodeSettings(
        store,
        InstantSource.system(),
        Engine.DEFAULT_REGION,
        Engine.DEFAULT_ACCOUNT,
        true,
        new InMemoryBucketStore(),
        new OutboxSmsProvider(),
        HttpInvokeConfig.of(Set.of(), HttpConnections.of(Map.of())),
        temporaryFolder(),
        Map.of(),
        java.net.URI.create("http://127.0.0.1:8083"));
  }

  private static java.nio.file.Path temporaryFolder() {
    try {
      return java.nio.file.Files.createTempDirectory("stepwell-functions");
    } catch (java.io.IOException e) {
      throw new UsageError("cannot create a temporary folder: " + e.getMessage());
    }
  }
}
