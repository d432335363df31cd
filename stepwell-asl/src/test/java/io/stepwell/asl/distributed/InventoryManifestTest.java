package io.stepwell.asl.distributed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwell.asl.error.StatesError;
import io.stepwell.asl.error.StatesFailure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The manifest format is S3's inventory manifest; the item shape is AWS's documented example. */
class InventoryManifestTest {
  private static final String MANIFEST =
      """
      {"sourceBucket": "amzn-s3-demo-source",
       "destinationBucket": "arn:aws:s3:::amzn-s3-demo-inventory",
       "version": "2016-11-30",
       "creationTimestamp": "1668560400000",
       "fileFormat": "CSV",
       "fileSchema": "Bucket, Key, Size, LastModifiedDate",
       "files": [{"key": "source/inventory/data/one.csv.gz", "size": 80,
                  "MD5checksum": "b2e2f0c8c1bd1f2c5e3f5e4f0a0c9a1d"}]}
      """;

  @Test
  void parsesTheManifest() {
    InventoryManifest manifest = InventoryManifest.parse(MANIFEST);

    assertThat(manifest.sourceBucket()).isEqualTo("amzn-s3-demo-source");
    assertThat(manifest.destinationBucket()).isEqualTo("amzn-s3-demo-inventory");
    assertThat(manifest.fileFormat()).isEqualTo("CSV");
    assertThat(manifest.fileSchema()).containsExactly("Bucket", "Key", "Size", "LastModifiedDate");
    assertThat(manifest.files())
        .containsExactly(new InventoryManifest.DataFile("source/inventory/data/one.csv.gz", 80));
  }

  @Test
  void eachRowOfADataFileIsAnItemOfStrings() throws IOException {
    // given a gzipped data file as S3 inventory writes them (every field quoted)
    byte[] gz =
        gzip(
            """
            "amzn-s3-demo-inventory","csvDataset/titles.csv","2","2022-11-16T00:29:32.000Z"
            "amzn-s3-demo-inventory","csvDataset/ratings.csv","5","2022-11-16T00:29:33.000Z"
            """);
    InventoryManifest manifest = InventoryManifest.parse(MANIFEST);

    // when
    String csv = new String(Gzip.decompress(gz), StandardCharsets.UTF_8);
    List<Object> items = manifest.items(csv, 0);

    // then
    assertThat(items)
        .containsExactly(
            Map.of(
                "LastModifiedDate", "2022-11-16T00:29:32.000Z",
                "Bucket", "amzn-s3-demo-inventory",
                "Size", "2",
                "Key", "csvDataset/titles.csv"),
            Map.of(
                "LastModifiedDate", "2022-11-16T00:29:33.000Z",
                "Bucket", "amzn-s3-demo-inventory",
                "Size", "5",
                "Key", "csvDataset/ratings.csv"));
    assertThat(manifest.items(csv, 1)).hasSize(1);
  }

  @Test
  void rejectsWhatIsNotACsvInventoryManifest() {
    for (String content :
        List.of(
            "not json",
            "[]",
            "{\"fileFormat\": \"CSV\"}",
            MANIFEST.replace("\"CSV\"", "\"Parquet\""))) {
      assertThatThrownBy(() -> InventoryManifest.parse(content))
          .as(content)
          .isInstanceOfSatisfying(
              StatesFailure.class,
              f -> assertThat(f.error()).isEqualTo(StatesError.ITEM_READER_FAILED));
    }
  }

  @Test
  void gzipOfSeveralMembersAndNamedFilesDecompresses() throws IOException {
    byte[] one = gzip("first\n");
    byte[] two = gzip("second\n");
    byte[] both = new byte[one.length + two.length];
    System.arraycopy(one, 0, both, 0, one.length);
    System.arraycopy(two, 0, both, one.length, two.length);
    // a member with FNAME set: flag bit 3, then a zero-terminated name
    byte[] named = withName(gzip("named"), "data.csv");

    assertThat(new String(Gzip.decompress(both), StandardCharsets.UTF_8))
        .isEqualTo("first\nsecond\n");
    assertThat(new String(Gzip.decompress(named), StandardCharsets.UTF_8)).isEqualTo("named");
    assertThat(Gzip.decompress(gzip(""))).isEmpty();
  }

  @Test
  void largeContentDecompresses() throws IOException {
    String big = "row,of,data\n".repeat(50_000);

    assertThat(new String(Gzip.decompress(gzip(big)), StandardCharsets.UTF_8)).isEqualTo(big);
  }

  @Test
  void dataThatIsNotGzipFailsTheReader() throws IOException {
    byte[] truncated = gzip("some content that is long enough to be cut");
    byte[] cut = java.util.Arrays.copyOf(truncated, truncated.length - 20);
    for (byte[] data : List.of("plain".getBytes(StandardCharsets.UTF_8), cut, new byte[] {0x1f})) {
      assertThatThrownBy(() -> Gzip.decompress(data))
          .isInstanceOfSatisfying(
              StatesFailure.class,
              f -> assertThat(f.error()).isEqualTo(StatesError.ITEM_READER_FAILED));
    }
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  private static byte[] withName(byte[] member, String name) {
    byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[member.length + nameBytes.length + 1];
    System.arraycopy(member, 0, out, 0, 10);
    out[3] = (byte) (out[3] | 8);
    System.arraycopy(nameBytes, 0, out, 10, nameBytes.length);
    System.arraycopy(member, 10, out, 10 + nameBytes.length + 1, member.length - 10);
    return out;
  }
}
