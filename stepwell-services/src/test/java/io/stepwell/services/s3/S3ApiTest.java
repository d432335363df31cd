package io.stepwell.services.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwell.engine.Engine;
import io.stepwell.engine.bucket.FolderBucketStore;
import io.stepwell.engine.store.InMemoryStore;
import io.stepwell.server.StepwellServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

class S3ApiTest {
  @TempDir Path root;
  private FolderBucketStore buckets;
  private Engine engine;
  private StepwellServer server;
  private S3Client s3;

  @BeforeEach
  void start() {
    buckets = new FolderBucketStore(root);
    engine = Engine.builder(new InMemoryStore()).buckets(buckets).build();
    server =
        StepwellServer.builder(engine).bind("127.0.0.1", 0).feature(new S3Api(buckets)).start();
    s3 =
        S3Client.builder()
            .endpointOverride(URI.create("http://127.0.0.1:" + server.port() + "/s3"))
            .forcePathStyle(true)
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
            .httpClient(UrlConnectionHttpClient.create())
            .build();
  }

  @AfterEach
  void stop() {
    s3.close();
    server.close();
    engine.close();
  }

  @Test
  void putThenGetAnObject() {
    // given
    s3.createBucket(b -> b.bucket("invoices"));

    // when
    s3.putObject(
        b -> b.bucket("invoices").key("2026/jan one+two.json"),
        RequestBody.fromString("{\"a\":1}"));
    String back =
        s3.getObjectAsBytes(b -> b.bucket("invoices").key("2026/jan one+two.json")).asUtf8String();

    // then
    assertThat(back).isEqualTo("{\"a\":1}");
    assertThat(buckets.get("invoices", "2026/jan one+two.json"))
        .isEqualTo("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
    assertThat(
            s3.headObject(b -> b.bucket("invoices").key("2026/jan one+two.json")).contentLength())
        .isEqualTo(7);
  }

  @Test
  void listPagesByContinuationToken() {
    s3.createBucket(b -> b.bucket("bkt"));
    for (String k : new String[] {"a/1", "a/2", "a/3", "b/1"}) {
      s3.putObject(x -> x.bucket("bkt").key(k), RequestBody.fromString(k));
    }

    ListObjectsV2Response first = s3.listObjectsV2(b -> b.bucket("bkt").prefix("a/").maxKeys(2));
    ListObjectsV2Response second =
        s3.listObjectsV2(b ->
            b.bucket("bkt")
                .prefix("a/")
                .maxKeys(2)
                .continuationToken(first.nextContinuationToken()));

    assertThat(first.contents()).extracting(S3Object::key).containsExactly("a/1", "a/2");
    assertThat(first.isTruncated()).isTrue();
    assertThat(second.contents()).extracting(S3Object::key).containsExactly("a/3");
    assertThat(second.isTruncated()).isFalse();
    assertThat(first.contents().get(0).size()).isEqualTo(3);
    assertThat(first.contents().get(0).eTag()).isEqualTo("\"" + md5Hex("a/1") + "\"");
  }

  @Test
  void delimiterGroupsCommonPrefixes() {
    s3.createBucket(b -> b.bucket("bkt"));
    for (String k : new String[] {"a/1", "a/2", "b/1", "top"}) {
      s3.putObject(x -> x.bucket("bkt").key(k), RequestBody.fromString(k));
    }

    ListObjectsV2Response r = s3.listObjectsV2(b -> b.bucket("bkt").delimiter("/"));

    assertThat(r.commonPrefixes()).extracting(p -> p.prefix()).containsExactly("a/", "b/");
    assertThat(r.contents()).extracting(S3Object::key).containsExactly("top");
    assertThat(r.keyCount()).isEqualTo(3);
  }

  @Test
  void missingKeyIsNoSuchKey() {
    s3.createBucket(b -> b.bucket("bkt"));
    assertThatThrownBy(() -> s3.getObjectAsBytes(b -> b.bucket("bkt").key("nope")))
        .isInstanceOfSatisfying(
            NoSuchKeyException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(404);
              assertThat(e.awsErrorDetails().errorMessage())
                  .isEqualTo("The specified key does not exist.");
            });
  }

  @Test
  void missingBucketIsNoSuchBucket() {
    assertThatThrownBy(() -> s3.listObjectsV2(b -> b.bucket("nobucket")))
        .isInstanceOfSatisfying(
            NoSuchBucketException.class,
            e ->
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo("The specified bucket does not exist."));
    assertThatThrownBy(
            () -> s3.putObject(b -> b.bucket("nobucket").key("k"), RequestBody.fromString("x")))
        .isInstanceOf(NoSuchBucketException.class);
    assertThatThrownBy(() -> s3.headBucket(b -> b.bucket("nobucket")))
        .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(404));
  }

  @Test
  void listObjectsV1IsNotImplementedAndBadMaxKeysIsInvalid() throws Exception {
    s3.createBucket(b -> b.bucket("bkt"));
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> v1 = http.send(get("/s3/bkt"), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> bad =
        http.send(get("/s3/bkt?list-type=2&max-keys=x"), HttpResponse.BodyHandlers.ofString());

    assertThat(v1.statusCode()).isEqualTo(501);
    assertThat(v1.body()).contains("<Code>NotImplemented</Code>");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("<Code>InvalidArgument</Code>");
  }

  @Test
  void brokenAwsChunkedBodyIsInvalidArgument() throws Exception {
    s3.createBucket(b -> b.bucket("bkt"));
    HttpRequest put =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/s3/bkt/k"))
            .header("x-amz-content-sha256", "STREAMING-UNSIGNED-PAYLOAD-TRAILER")
            .PUT(HttpRequest.BodyPublishers.ofString("zz;chunk\r\nabc"))
            .build();

    HttpResponse<String> res =
        HttpClient.newHttpClient().send(put, HttpResponse.BodyHandlers.ofString());

    assertThat(res.statusCode()).isEqualTo(400);
    assertThat(res.body()).contains("<Code>InvalidArgument</Code>");
  }

  @Test
  void rootStaysFreeForTheConsole() throws Exception {
    HttpResponse<String> root =
        HttpClient.newHttpClient().send(get("/"), HttpResponse.BodyHandlers.ofString());
    assertThat(root.statusCode()).isEqualTo(404);
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build();
  }

  private static String md5Hex(String s) {
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("MD5")
                  .digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
