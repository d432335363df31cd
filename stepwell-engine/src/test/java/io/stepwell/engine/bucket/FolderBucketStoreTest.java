package io.stepwell.engine.bucket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderBucketStoreTest extends BucketStoreContract {
  @TempDir Path root;

  @Override
  BucketStore store() {
    return new FolderBucketStore(root);
  }

  @Test
  void aBucketIsAFolderAndAKeysSlashesAreSubFolders() throws IOException {
    FolderBucketStore store = new FolderBucketStore(root);
    store.createBucket("bucket-name");

    store.put("bucket-name", "csvProcessJobs/run-1/manifest.json", utf8("{}"));

    Path file = root.resolve("bucket-name/csvProcessJobs/run-1/manifest.json");
    assertThat(Files.readString(file)).isEqualTo("{}");
    assertThat(store.root()).isEqualTo(root.toAbsolutePath().normalize());
  }

  @Test
  void filesPutInTheFolderAreObjects() throws IOException {
    FolderBucketStore store = new FolderBucketStore(root);
    Files.createDirectories(root.resolve("data/in"));
    Files.writeString(root.resolve("data/in/items.json"), "[1,2]");

    assertThat(store.get("data", "in/items.json")).isEqualTo(utf8("[1,2]"));
    assertThat(store.list("data", "")).extracting(ObjectInfo::key).containsExactly("in/items.json");
  }

  @Test
  void aFolderIsNoObject() {
    FolderBucketStore store = new FolderBucketStore(root);
    store.createBucket("b");
    store.put("b", "dir/file", utf8("x"));

    assertThatThrownBy(() -> store.get("b", "dir")).isInstanceOf(NoSuchKeyException.class);
  }

  @Test
  void rejectsKeysThatLeaveTheBucketOrNoFileCanHold() {
    FolderBucketStore store = new FolderBucketStore(root);
    store.createBucket("b");
    store.createBucket("other");

    for (String key :
        List.of(
            "../other/stolen",
            "a/../../other/stolen",
            "..",
            "a/..",
            "/etc/passwd",
            "\\windows",
            "a\\b",
            "a//b",
            "./a",
            "dir/",
            "nul\0byte")) {
      assertThatThrownBy(() -> store.put("b", key, utf8("x")))
          .as(key)
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> store.get("b", key))
          .as(key)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(store.list("other", "")).isEmpty();
  }

  @Test
  void rejectsBucketsThatLeaveTheRoot() {
    FolderBucketStore store = new FolderBucketStore(root);

    assertThatThrownBy(() -> store.get("..", "k")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.list("../x", "")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void leavesNoTemporaryFilesBehind() throws IOException {
    FolderBucketStore store = new FolderBucketStore(root);
    store.createBucket("b");

    store.put("b", "k", utf8("one"));
    store.put("b", "k", utf8("two"));

    try (Stream<Path> files = Files.walk(root)) {
      assertThat(files.filter(Files::isRegularFile).toList()).containsExactly(root.resolve("b/k"));
    }
  }

  @Test
  void createsAMissingRoot() {
    Path nested = root.resolve("a/b/c");

    new FolderBucketStore(nested).createBucket("x");

    assertThat(Files.isDirectory(nested.resolve("x"))).isTrue();
  }
}
