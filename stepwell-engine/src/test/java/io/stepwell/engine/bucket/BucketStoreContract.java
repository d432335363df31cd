package io.stepwell.engine.bucket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link BucketStore} does, as S3 does it. */
abstract class BucketStoreContract {
  abstract BucketStore store();

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void anObjectReadsBackAsWritten() {
    BucketStore store = store();
    store.createBucket("bucket-name");

    store.put("bucket-name", "file.csv", utf8("a,b\n1,2\n"));

    assertThat(store.get("bucket-name", "file.csv")).isEqualTo(utf8("a,b\n1,2\n"));
  }

  @Test
  void putReplacesAnObject() {
    BucketStore store = store();
    store.createBucket("b");
    store.put("b", "k", utf8("one"));

    store.put("b", "k", utf8("two"));

    assertThat(store.get("b", "k")).isEqualTo(utf8("two"));
    assertThat(store.list("b", "")).hasSize(1);
  }

  @Test
  void keysWithSlashesAreObjectsOfTheirOwn() {
    BucketStore store = store();
    store.createBucket("b");

    store.put("b", "results/run-1/manifest.json", utf8("{}"));
    store.put("b", "results/run-1/SUCCEEDED_0.json", utf8("[]"));

    assertThat(store.get("b", "results/run-1/manifest.json")).isEqualTo(utf8("{}"));
    assertThat(store.list("b", "results/"))
        .extracting(ObjectInfo::key)
        .containsExactly("results/run-1/SUCCEEDED_0.json", "results/run-1/manifest.json");
  }

  @Test
  void aMissingKeyIsNoSuchKey() {
    BucketStore store = store();
    store.createBucket("b");

    // S3's answer, as recorded in error_handling.test_aws_sdk.test_s3_no_such_key
    assertThatThrownBy(() -> store.get("b", "no_such_key.json"))
        .isInstanceOfSatisfying(
            NoSuchKeyException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo("NoSuchKey");
              assertThat(e.statusCode()).isEqualTo(404);
              assertThat(e.getMessage()).isEqualTo("The specified key does not exist.");
              assertThat(e.bucket()).isEqualTo("b");
              assertThat(e.key()).isEqualTo("no_such_key.json");
            });
  }

  @Test
  void aMissingBucketIsNoSuchBucket() {
    BucketStore store = store();

    for (Runnable call :
        List.<Runnable>of(
            () -> store.get("absent", "k"),
            () -> store.put("absent", "k", utf8("x")),
            () -> store.list("absent", ""))) {
      assertThatThrownBy(call::run)
          .isInstanceOfSatisfying(
              NoSuchBucketException.class,
              e -> {
                assertThat(e.errorCode()).isEqualTo("NoSuchBucket");
                assertThat(e.statusCode()).isEqualTo(404);
                assertThat(e.getMessage()).isEqualTo("The specified bucket does not exist.");
                assertThat(e.bucket()).isEqualTo("absent");
              });
    }
  }

  @Test
  void listingIsInKeyOrderAndFilteredByPrefix() {
    BucketStore store = store();
    store.createBucket("b");
    for (String key : List.of("file_2.txt", "file_10.txt", "file_1.txt", "other.txt", "Zed.txt")) {
      store.put("b", key, utf8(key));
    }

    assertThat(store.list("b", ""))
        .extracting(ObjectInfo::key)
        .containsExactly("Zed.txt", "file_1.txt", "file_10.txt", "file_2.txt", "other.txt");
    assertThat(store.list("b", "file_1"))
        .extracting(ObjectInfo::key)
        .containsExactly("file_1.txt", "file_10.txt");
    assertThat(store.list("b", "none")).isEmpty();
  }

  @Test
  void listingOrdersKeysByTheirUtf8Bytes() {
    BucketStore store = store();
    store.createBucket("b");
    // U+FF21 sorts before U+1F600 in UTF-8 but after its surrogates in UTF-16
    store.put("b", "\uD83D\uDE00", utf8("smile"));
    store.put("b", "\uFF21", utf8("A"));

    assertThat(store.list("b", ""))
        .extracting(ObjectInfo::key)
        .containsExactly("\uFF21", "\uD83D\uDE00");
  }

  @Test
  void listedObjectsCarrySizeEtagAndStorageClass() {
    BucketStore store = store();
    store.createBucket("b");
    // the body and ETag that AWS recorded for an s3:putObject of {"Dict": "Value"}
    store.put("b", "file-key", utf8("{\"Dict\":\"Value\"}"));

    ObjectInfo info = store.list("b", "").getFirst();

    assertThat(info.size()).isEqualTo(16);
    assertThat(info.etag()).isEqualTo("\"49e31cee5aec8faf3345893addb14346\"");
    assertThat(info.storageClass()).isEqualTo("STANDARD");
    assertThat(info.lastModified()).isNotNull();
    assertThat(info.listed().key()).isEqualTo("file-key");
    assertThat(info.listed().etag()).isEqualTo(info.etag());
  }

  @Test
  void contentIsCopiedInAndOut() {
    BucketStore store = store();
    store.createBucket("b");
    byte[] content = utf8("abc");
    store.put("b", "k", content);

    content[0] = 'z';
    store.get("b", "k")[1] = 'z';

    assertThat(store.get("b", "k")).isEqualTo(utf8("abc"));
  }

  @Test
  void createBucketTwiceKeepsTheObjects() {
    BucketStore store = store();
    store.createBucket("b");
    store.put("b", "k", utf8("x"));

    store.createBucket("b");

    assertThat(store.get("b", "k")).isEqualTo(utf8("x"));
  }

  @Test
  void rejectsBadBucketNamesAndEmptyKeys() {
    BucketStore store = store();
    store.createBucket("b");

    for (String bucket : List.of("", "..", ".", "a/b")) {
      assertThatThrownBy(() -> store.createBucket(bucket))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> store.put("b", "", utf8("x")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.put("b", "k".repeat(1025), utf8("x")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
