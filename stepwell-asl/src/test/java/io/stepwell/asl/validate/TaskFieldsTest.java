package io.stepwell.asl.validate;

import static io.stepwell.asl.validate.Check.errors;
import static io.stepwell.asl.validate.Check.json;
import static io.stepwell.asl.validate.Check.machine;
import static io.stepwell.asl.validate.Check.schema;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaskFieldsTest {
  private static String task(String fields) {
    return machine(
        "'A':{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','End':true,"
            + fields
            + "}");
  }

  @Test
  void timeoutAndItsPathAreExclusive() {
    assertThat(errors(task("'TimeoutSeconds':5,'TimeoutSecondsPath':'$.t'")))
        .containsExactly(
            schema(
                "There should only be one of the following fields: [TimeoutSeconds,"
                    + " TimeoutSecondsPath]",
                "/States/A"));
    assertThat(errors(task("'HeartbeatSeconds':5,'HeartbeatSecondsPath':'$.t'")))
        .containsExactly(
            schema(
                "There should only be one of the following fields: [HeartbeatSeconds,"
                    + " HeartbeatSecondsPath]",
                "/States/A"));
  }

  @Test
  void timeoutIsAPositiveInteger() {
    assertThat(errors(task("'TimeoutSeconds':0")))
        .containsExactly(
            schema(
                "The value of the field 'TimeoutSeconds' must be an integer >= 1",
                "/States/A/TimeoutSeconds"));
  }

  @Test
  void timeoutMayBeAJsonataExpressionWithJsonata() {
    assertThat(errors(task("'QueryLanguage':'JSONata','TimeoutSeconds':'{% $states.input.t %}'")))
        .isEmpty();
  }

  @Test
  void timeoutPathMustBeAPath() {
    assertThat(errors(task("'TimeoutSecondsPath':'t'")))
        .containsExactly(schema("Value must be a valid JSONPath.", "/States/A/TimeoutSecondsPath"));
  }

  @Test
  void credentialsNeedRoleArn() {
    // Recorded: EMPTY_CREDENTIALS and INVALID_CREDENTIALS_FIELD give this one finding.
    String definition =
        json(
            "{'StartAt':'A','QueryLanguage':'JSONata','States':{'A':{'Type':'Task',"
                + "'Resource':'arn:aws:states:::lambda:invoke','Credentials':{'Other':1},"
                + "'End':true}}}");

    assertThat(errors(definition))
        .containsExactly(
            schema("The field 'RoleArn' is required but was missing", "/States/A/Credentials"));
  }

  @Test
  void credentialsTakeRoleArnOrItsPath() {
    assertThat(errors(task("'Credentials':{'RoleArn.$':'$.role'}"))).isEmpty();
    assertThat(errors(task("'Credentials':{'RoleArn':'arn:aws:iam::1:role/r','Extra':1}")))
        .containsExactly(schema("Field 'Extra' is not supported", "/States/A/Credentials"));
  }
}
