package io.stepwell.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.http.HeaderNames;
import io.stepwell.engine.Engine;
import io.stepwell.engine.store.InMemoryStore;
import io.stepwell.server.StepwellServer;
import io.stepwell.server.lambda.AwsCli;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signature checks for the protocols other features speak: S3 (path signed encoded once, XML errors
 * with S3's codes) and the Query protocol (SNS: XML {@code ErrorResponse}). Stand-in routes answer
 * what got through, so the tests see only what the filter does.
 */
class SigV4ProtocolsTest {
  @TempDir Path home;
  private Engine engine;
  private StepwellServer server;
  private final List<String> reached = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() {
    engine = Engine.builder(new InMemoryStore()).build();
    server =
        StepwellServer.builder(engine)
            .bind("127.0.0.1", 0)
            .feature(SigV4Auth.of(Map.of(SigV4AuthTest.KEY, SigV4AuthTest.SECRET)))
            .feature((routing, parts) -> {
              routing.put(
                  "/s3/*",
                  (req, res) -> {
                    reached.add("PUT " + req.path().rawPath());
                    res.header(HeaderNames.create("ETag"), "\"e\"");
                    res.send();
                  });
              routing.post(
                  "/",
                  (req, res) -> {
                    reached.add("POST " + req.content().as(String.class));
                    res.header(HeaderNames.CONTENT_TYPE, "text/xml");
                    res.send(
                        "<ListTopicsResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\">"
                            + "<ListTopicsResult><Topics/></ListTopicsResult><ResponseMetadata>"
                            + "<RequestId>r</RequestId></ResponseMetadata></ListTopicsResponse>");
                  });
            })
            .start();
  }

  @AfterEach
  void stop() {
    server.close();
    engine.close();
  }

  private URI endpoint(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  @Test
  void s3UploadsAreCheckedWithS3sRules() throws Exception {
    // given
    AwsCli.requireCli();
    AwsCli aws = new AwsCli(endpoint("/s3"), home);
    Path file = Files.writeString(home.resolve("body.txt"), "hello");
    String[] put = {
      "s3api", "put-object", "--bucket", "b", "--key", "dir/a b+c.txt", "--body", file.toString()
    };

    // when
    AwsCli.Result ok = aws.runWithKey(SigV4AuthTest.KEY, SigV4AuthTest.SECRET, put);
    AwsCli.Result wrong = aws.runWithKey(SigV4AuthTest.KEY, "wrong", put);
    AwsCli.Result unknown = aws.runWithKey("AKIDUNKNOWN", SigV4AuthTest.SECRET, put);

    // then
    assertThat(ok.exitCode()).as(ok.stderr()).isZero();
    assertThat(reached).containsExactly("PUT /s3/b/dir/a%20b%2Bc.txt");
    assertThat(wrong.stderr())
        .contains(
            "An error occurred (SignatureDoesNotMatch) when calling the PutObject operation: The"
                + " request signature we calculated does not match the signature you provided."
                + " Check your key and signing method.");
    assertThat(unknown.stderr())
        .contains(
            "An error occurred (InvalidAccessKeyId) when calling the PutObject operation: The AWS"
                + " Access Key Id you provided does not exist in our records.");
  }

  @Test
  void queryProtocolCallsAreCheckedAndRefusedInXml() throws Exception {
    // given
    AwsCli.requireCli();
    AwsCli aws = new AwsCli(endpoint(""), home);

    // when
    AwsCli.Result ok =
        aws.runWithKey(SigV4AuthTest.KEY, SigV4AuthTest.SECRET, "sns", "list-topics");
    AwsCli.Result wrong = aws.runWithKey(SigV4AuthTest.KEY, "wrong", "sns", "list-topics");
    AwsCli.Result unknown =
        aws.runWithKey("AKIDUNKNOWN", SigV4AuthTest.SECRET, "sns", "list-topics");

    // then
    assertThat(ok.exitCode()).as(ok.stderr()).isZero();
    assertThat(reached).singleElement().asString().contains("Action=ListTopics");
    assertThat(wrong.stderr())
        .contains(
            "An error occurred (SignatureDoesNotMatch) when calling the ListTopics operation: "
                + SigV4AuthTest.INVALID_SIGNATURE);
    assertThat(unknown.stderr())
        .contains(
            "An error occurred (InvalidClientTokenId) when calling the ListTopics operation: The"
                + " security token included in the request is invalid.");
  }

  @Test
  void unsignedRequestsGetTheirProtocolsRefusal() throws Exception {
    HttpClient http = HttpClient.newHttpClient();

    // when
    HttpResponse<String> s3 =
        http.send(
            HttpRequest.newBuilder(endpoint("/s3/b/k"))
                .PUT(HttpRequest.BodyPublishers.ofString("x"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> query =
        http.send(
            HttpRequest.newBuilder(endpoint("/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("Action=ListTopics&Version=2010-03-31"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    // then
    assertThat(s3.statusCode()).isEqualTo(403);
    assertThat(s3.body())
        .contains("<Error><Code>AccessDenied</Code><Message>Access Denied</Message>");
    assertThat(query.statusCode()).isEqualTo(403);
    assertThat(query.body())
        .contains(
            "<Error><Type>Sender</Type><Code>MissingAuthenticationToken</Code><Message>Request is"
                + " missing Authentication Token</Message></Error>");
    assertThat(reached).isEmpty();
  }
}
