package io.stepwell.services.s3;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.engine.Engine;
import io.stepwell.engine.bucket.FolderBucketStore;
import io.stepwell.engine.store.InMemoryStore;
import io.stepwell.server.StepwellServer;
import io.stepwell.services.sms.AwsCli;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class S3AwsCliTest {
  @TempDir Path root;
  @TempDir Path work;
  private FolderBucketStore buckets;
  private Engine engine;
  private StepwellServer server;

  @BeforeEach
  void start() {
    AwsCli.require();
    buckets = new FolderBucketStore(root);
    engine = Engine.builder(new InMemoryStore()).buckets(buckets).build();
    server =
        StepwellServer.builder(engine).bind("127.0.0.1", 0).feature(new S3Api(buckets)).start();
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
      engine.close();
    }
  }

  @Test
  void cliCopiesAFileInAndListsIt() throws Exception {
    String endpoint = "http://127.0.0.1:" + server.port() + "/s3";
    Path file = Files.writeString(work.resolve("items.json"), "[1,2,3]");

    AwsCli.Result mb = AwsCli.run(endpoint, "s3api", "create-bucket", "--bucket", "inbox");
    AwsCli.Result cp =
        AwsCli.run(endpoint, "s3", "cp", file.toString(), "s3://inbox/in/items.json");
    AwsCli.Result ls = AwsCli.run(endpoint, "s3api", "list-objects-v2", "--bucket", "inbox");

    assertThat(mb.exitCode()).as(mb.out()).isZero();
    assertThat(cp.exitCode()).as(cp.out()).isZero();
    assertThat(ls.out()).contains("\"Key\": \"in/items.json\"");
    assertThat(new String(buckets.get("inbox", "in/items.json"), StandardCharsets.UTF_8))
        .isEqualTo("[1,2,3]");
  }
}
