package io.stepwell.asl.validate;

import static io.stepwell.asl.validate.Check.errors;
import static io.stepwell.asl.validate.Check.machine;
import static io.stepwell.asl.validate.Check.schema;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WaitAndFailTest {
  private static final String TIMING = "[SecondsPath, Seconds, TimestampPath, Timestamp]";

  private static String waitState(String fields) {
    return machine("'A':{'Type':'Wait','End':true" + fields + "}");
  }

  @Test
  void waitTakesOneTimingField() {
    assertThat(errors(waitState(",'Seconds':1,'Timestamp':'2016-03-14T01:59:00Z'")))
        .containsExactly(
            schema("There should only be one of the following fields: " + TIMING, "/States/A"));
    assertThat(errors(waitState("")))
        .containsExactly(
            schema(
                "This object should have only one of the following fields: " + TIMING,
                "/States/A"));
  }

  @Test
  void secondsIsANonNegativeInteger() {
    assertThat(errors(waitState(",'Seconds':-1")))
        .containsExactly(
            schema(
                "The value of the field 'Seconds' must be a non-negative integer",
                "/States/A/Seconds"));
  }

  @Test
  void timestampIsRfc3339() {
    assertThat(errors(waitState(",'Timestamp':'2016-03-05T21:29:29.243167252Z'"))).isEmpty();
    assertThat(errors(waitState(",'Timestamp':'2016-13-05T21:29:29Z'")))
        .containsExactly(schema("String does not match RFC3339 timestamp", "/States/A/Timestamp"));
  }

  @Test
  void waitPathsMustBePaths() {
    assertThat(errors(waitState(",'SecondsPath':'s'")))
        .containsExactly(schema("Value must be a valid JSONPath.", "/States/A/SecondsPath"));
  }

  @Test
  void failErrorAndErrorPathAreExclusive() {
    assertThat(errors(machine("'A':{'Type':'Fail','Error':'E','ErrorPath':'$.e'}")))
        .containsExactly(
            schema(
                "There should only be one of the following fields: [Error, ErrorPath]",
                "/States/A"));
  }

  @Test
  void failPathsTakeAPathOrAnIntrinsicCall() {
    String definition =
        """
        {"StartAt": "A", "States": {"A": {"Type": "Fail", "ErrorPath": "$.e",
          "CausePath": "States.Format('{}', $.c)"}}}
        """;
    assertThat(errors(definition)).isEmpty();
    assertThat(errors(machine("'A':{'Type':'Fail','CausePath':'cause'}")))
        .containsExactly(schema("Value must be a valid JSONPath.", "/States/A/CausePath"));
  }
}
