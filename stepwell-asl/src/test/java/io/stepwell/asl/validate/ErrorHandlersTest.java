package io.stepwell.asl.validate;

import static io.stepwell.asl.validate.Check.errors;
import static io.stepwell.asl.validate.Check.machine;
import static io.stepwell.asl.validate.Check.schema;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorHandlersTest {
  private static String task(String handlers) {
    return machine(
        "'A':{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','End':true,"
            + handlers
            + "},'F':{'Type':'Fail'}");
  }

  @Test
  void wellFormedRetryAndCatchPass() {
    assertThat(
            errors(
                task(
                    "'Retry':[{'ErrorEquals':['States.Timeout'],'IntervalSeconds':2,"
                        + "'MaxAttempts':3,'BackoffRate':1.5,'MaxDelaySeconds':10,"
                        + "'JitterStrategy':'FULL','Comment':'c'},"
                        + "{'ErrorEquals':['States.ALL']}],"
                        + "'Catch':[{'ErrorEquals':['States.ALL'],'Next':'F',"
                        + "'ResultPath':'$.error'}]")))
        .isEmpty();
  }

  @Test
  void statesAllMustBeAlone() {
    assertThat(errors(task("'Catch':[{'ErrorEquals':['States.ALL','Custom'],'Next':'F'}]")))
        .containsExactly(
            schema(
                "States.ALL must appear alone and at end of list",
                "/States/A/Catch[0]/ErrorEquals"));
  }

  @Test
  void statesAllMustBeLast() {
    assertThat(errors(task("'Retry':[{'ErrorEquals':['States.ALL']},{'ErrorEquals':['Custom']}]")))
        .containsExactly(
            schema(
                "States.ALL must appear alone and at end of list",
                "/States/A/Retry[0]/ErrorEquals"));
  }

  @Test
  void catcherRequiresErrorEqualsAndNext() {
    assertThat(errors(task("'Catch':[{}]")))
        .containsExactly(
            schema("These fields are required: [ErrorEquals, Next]", "/States/A/Catch[0]"));
  }

  @Test
  void emptyErrorEqualsIsReported() {
    assertThat(errors(task("'Retry':[{'ErrorEquals':[]}]")))
        .containsExactly(schema("Value cannot be empty", "/States/A/Retry[0]/ErrorEquals"));
  }

  @Test
  void unknownRetrierFieldIsNotSupported() {
    assertThat(errors(task("'Retry':[{'ErrorEquals':['X'],'Delay':1}]")))
        .containsExactly(schema("Field 'Delay' is not supported", "/States/A/Retry[0]"));
  }

  @Test
  void retrierNumbersAreInRange() {
    assertThat(
            errors(
                task(
                    "'Retry':[{'ErrorEquals':['X'],'IntervalSeconds':0,'MaxAttempts':-1,"
                        + "'BackoffRate':0.5}]")))
        .containsExactly(
            schema(
                "The value of the field 'IntervalSeconds' must be an integer >= 1",
                "/States/A/Retry[0]/IntervalSeconds"),
            schema(
                "The value of the field 'MaxAttempts' must be a non-negative integer",
                "/States/A/Retry[0]/MaxAttempts"),
            schema(
                "The value of the field 'BackoffRate' must be a number >= 1.0",
                "/States/A/Retry[0]/BackoffRate"));
  }

  @Test
  void jitterStrategyIsFullOrNone() {
    assertThat(errors(task("'Retry':[{'ErrorEquals':['X'],'JitterStrategy':'HALF'}]")))
        .containsExactly(
            schema(
                "The field 'JitterStrategy' should have one of these values: [FULL, NONE]",
                "/States/A/Retry[0]/JitterStrategy"));
  }

  @Test
  void catcherResultPathIsJsonPathOnlyAndMustBeAPath() {
    assertThat(errors(task("'Catch':[{'ErrorEquals':['X'],'Next':'F','ResultPath':'error'}]")))
        .containsExactly(
            schema("Value must be a valid JSONPath.", "/States/A/Catch[0]/ResultPath"));
    assertThat(
            errors(
                machine(
                    "'A':{'Type':'Task','QueryLanguage':'JSONata','End':true,"
                        + "'Resource':'arn:aws:states:::lambda:invoke',"
                        + "'Catch':[{'ErrorEquals':['X'],'Next':'F','ResultPath':'$.e'}]},"
                        + "'F':{'Type':'Fail'}")))
        .containsExactly(
            schema(
                "The QueryLanguage is set to 'JSONata', but field 'ResultPath' is only supported"
                    + " for the 'JSONPath' QueryLanguage",
                "/States/A/Catch[0]"));
  }
}
