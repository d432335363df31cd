package io.stepwell.asl.distributed;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.json.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListingItemsTest {
  @Test
  void eachObjectBecomesAnEntryShapedLikeAwsDocumentedExample() {
    // given (AWS's ItemReader docs show Etag, Key, LastModified in epoch seconds, Size,
    // StorageClass)
    ListedObject object =
        new ListedObject(
            "processData/images/n02085620_1073.jpg",
            34910,
            Instant.ofEpochSecond(1668699881),
            "\"05704fbdccb224cb01c59005bebbad28\"",
            "STANDARD");

    // when
    List<Object> items = ItemParser.listing(List.of(object), 0);

    // then
    assertThat(items)
        .containsExactly(
            Map.of(
                "Etag", "\"05704fbdccb224cb01c59005bebbad28\"",
                "Key", "processData/images/n02085620_1073.jpg",
                "LastModified", 1668699881L,
                "Size", 34910L,
                "StorageClass", "STANDARD"));
    assertThat(Json.asObject(items.getFirst()).keySet())
        .containsExactly("Etag", "Key", "LastModified", "Size", "StorageClass");
  }

  @Test
  void maxItemsKeepsTheFirstObjects() {
    List<ListedObject> objects =
        List.of(
            new ListedObject("file_0.txt", 12, Instant.EPOCH, "\"a\"", "STANDARD"),
            new ListedObject("file_1.txt", 12, Instant.EPOCH, "\"b\"", "STANDARD"),
            new ListedObject("file_2.txt", 12, Instant.EPOCH, "\"c\"", "STANDARD"));

    assertThat(ItemParser.listing(objects, 2))
        .extracting(i -> Json.asObject(i).get("Key"))
        .containsExactly("file_0.txt", "file_1.txt");
  }
}
