package io.stepwell.asl.choice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The timestamp format: RFC 3339 with an uppercase T and an uppercase Z or numeric offset, as the
 * AWS docs require; the rejected strings include those AWS's Wait state rejected in the corpus.
 */
class TimestampsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2016-08-18T17:33:00Z",
        "2016-03-14T01:59:00+01:00",
        "2016-03-14T01:59:00-07:30",
        "2016-03-05T21:29:29.243167252Z",
        "2016-03-05T21:29:29.5Z",
        "2016-02-29T00:00:00Z",
      })
  void acceptsRfc3339Timestamps(String text) {
    // when / then
    assertThat(Timestamps.parse(text)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "05-12-2016T21:29:29Z",
        "2016-12-05 21:29:29Z",
        "2016-12-05T21:29:29",
        "2016-12-05T25:29:29Z",
        "2016-13-05T21:29:29Z",
        "2016-02-30T21:29:29Z",
        "2016-12-05t21:29:29Z",
        "2016-12-05T21:29:29z",
        "2016-12-05T21:29Z",
        "2016-12-05T21:29:29.Z",
        "2016-12-05T21:29:29+0100",
        "2016-12-05",
        "",
        "date",
      })
  void rejectsOtherStrings(String text) {
    // when / then
    assertThat(Timestamps.parse(text)).isEmpty();
  }

  @Test
  void offsetsDenoteTheSameInstant() {
    // when / then
    assertThat(Timestamps.parse("2016-03-14T02:59:00+01:00"))
        .contains(Instant.parse("2016-03-14T01:59:00Z"));
  }
}
