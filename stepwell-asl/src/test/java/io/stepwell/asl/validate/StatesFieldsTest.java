package io.stepwell.asl.validate;

import static io.stepwell.asl.validate.Check.error;
import static io.stepwell.asl.validate.Check.errors;
import static io.stepwell.asl.validate.Check.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The fields of {@code $states} a JSONata expression may read where it is written. AWS refuses
 * {@code $states.errorOutput} outside a catcher with {@code UNSUPPORTED_JSONATA_EXPRESSION: Field
 * '$states.errorOutput' does not exist.} at the field (measured on AWS, Floci's
 * ValidateStateMachineDefinition tests) and accepts it in a catcher's Output and Assign; the ASL
 * spec and AWS's guide give the same rule for {@code $states.result} (top-level Output and Assign
 * of a Task, Map or Parallel), whose message is modelled on the measured one.
 */
class StatesFieldsTest {
  private static final String TASK = "'Type':'Task','Resource':'arn:aws:states:::lambda:invoke'";

  private static String jsonata(String states) {
    return json("{'QueryLanguage':'JSONata','StartAt':'A','States':{" + states + "}}");
  }

  private static Diagnostic missing(String field, String location) {
    return error(
        "UNSUPPORTED_JSONATA_EXPRESSION",
        "Field '$states." + field + "' does not exist.",
        location);
  }

  @Test
  void errorOutputOutsideACatcherIsRefused() {
    assertThat(
            errors(jsonata("'A':{'Type':'Pass','End':true,'Output':'{% $states.errorOutput %}'}")))
        .containsExactly(missing("errorOutput", "/States/A/Output"));
  }

  @Test
  void errorOutputInACatchersOutputAndAssignIsAccepted() {
    String definition =
        jsonata(
            "'A':{"
                + TASK
                + ",'Next':'H','Catch':[{'ErrorEquals':['States.ALL'],'Next':'H',"
                + "'Output':'{% $states.errorOutput %}',"
                + "'Assign':{'lastError':'{% $states.errorOutput.Error %}'}}]},"
                + "'H':{'Type':'Pass','End':true}");

    assertThat(errors(definition)).isEmpty();
  }

  @Test
  void resultInTheTopLevelOutputAndAssignOfATaskIsAccepted() {
    String definition =
        jsonata(
            "'A':{"
                + TASK
                + ",'End':true,'Output':{'r':'{% $states.result.Payload %}'},"
                + "'Assign':{'status':'{% $states.result.Payload.status %}'}}");

    assertThat(errors(definition)).isEmpty();
  }

  @Test
  void resultInArgumentsIsRefused() {
    assertThat(
            errors(
                jsonata(
                    "'A':{"
                        + TASK
                        + ",'End':true,'Arguments':{'Payload':['{% $states.result %}']}}")))
        .containsExactly(missing("result", "/States/A/Arguments/Payload[0]"));
  }

  @Test
  void resultInACatcherIsRefused() {
    String definition =
        jsonata(
            "'A':{"
                + TASK
                + ",'Next':'H','Catch':[{'ErrorEquals':['States.ALL'],'Next':'H',"
                + "'Output':'{% $states.result %}'}]},'H':{'Type':'Pass','End':true}");

    assertThat(errors(definition)).containsExactly(missing("result", "/States/A/Catch[0]/Output"));
  }

  @Test
  void stateWithoutAResultHasNoResultToRead() {
    String definition =
        jsonata(
            "'A':{'Type':'Pass','Next':'C','Assign':{'v':'{% $states.result %}'}},"
                + "'C':{'Type':'Choice','Default':'S','Choices':[{'Condition':"
                + "'{% $states.result.ok %}','Next':'S'}]},'S':{'Type':'Succeed'}");

    assertThat(errors(definition))
        .containsExactly(
            missing("result", "/States/A/Assign/v"),
            missing("result", "/States/C/Choices[0]/Condition"));
  }

  @Test
  void errorOutputInATasksTopLevelAssignIsRefused() {
    assertThat(
            errors(
                jsonata(
                    "'A':{" + TASK + ",'End':true,'Assign':{'e':'{% $states.errorOutput %}'}}")))
        .containsExactly(missing("errorOutput", "/States/A/Assign/e"));
  }

  @Test
  void mapResultIsReadInOutputButNotInItemSelector() {
    String definition =
        jsonata(
            "'A':{'Type':'Map','End':true,'Items':'{% $states.input.items %}',"
                + "'ItemSelector':{'v':'{% $states.result %}'},"
                + "'Output':'{% $states.result %}',"
                + "'ItemProcessor':{'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}}}");

    assertThat(errors(definition)).containsExactly(missing("result", "/States/A/ItemSelector/v"));
  }

  @Test
  void inputAndContextAreReadEverywhere() {
    String definition =
        jsonata(
            "'A':{"
                + TASK
                + ",'Next':'W','Arguments':{'p':'{% $states.input %}'},"
                + "'TimeoutSeconds':'{% $states.context.Execution.Input.t %}'},"
                + "'W':{'Type':'Wait','Seconds':'{% $states.input.s %}','Next':'F'},"
                + "'F':{'Type':'Fail','Error':'{% $states.context.State.Name %}'}");

    assertThat(errors(definition)).isEmpty();
  }

  @Test
  void fieldStatesNeverHasIsRefused() {
    assertThat(errors(jsonata("'A':{'Type':'Pass','End':true,'Output':'{% $states.output %}'}")))
        .containsExactly(missing("output", "/States/A/Output"));
  }

  @Test
  void eachFieldIsReportedOncePerExpression() {
    String definition =
        jsonata(
            "'A':{'Type':'Pass','End':true,"
                + "'Output':'{% $states.result + $states.result + $states.errorOutput %}'}");

    assertThat(errors(definition))
        .containsExactly(
            missing("result", "/States/A/Output"), missing("errorOutput", "/States/A/Output"));
  }

  @Test
  void textInsideStringLiteralsIsNotARead() {
    String definition =
        "{\"QueryLanguage\":\"JSONata\",\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\","
            + "\"End\":true,\"Output\":\"{% '$states.result' & \\\"$states.errorOutput\\\" %}\","
            + "\"Comment\":\"{% $states.result %}\"}}}";

    assertThat(errors(definition)).isEmpty();
  }

  @Test
  void jsonPathStatesAreNotScanned() {
    assertThat(
            errors(
                json(
                    "{'StartAt':'A','States':{'A':{'Type':'Pass','End':true,"
                        + "'Parameters':{'v':'{% $states.result %}'}}}}")))
        .isEmpty();
  }
}
