package io.stepwell.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class KnownFailuresTest {
  @Test
  void readsNamesAndReasonsAndSkipsComments() {
    // when
    KnownFailures known =
        KnownFailures.parse(List.of("# why", "", "a.case[X]\tJSONata: /output: expected 1"));

    // then
    assertThat(known.names()).containsExactly("a.case[X]");
    assertThat(known.reason("a.case[X]")).isEqualTo("JSONata: /output: expected 1");
  }

  @Test
  void lineWithoutReasonIsRejected() {
    assertThatThrownBy(() -> KnownFailures.parse(List.of("a.case")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 1");
  }

  @Test
  void nameListedTwiceIsRejected() {
    assertThatThrownBy(() -> KnownFailures.parse(List.of("a\tx", "a\ty")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("again");
  }
}
