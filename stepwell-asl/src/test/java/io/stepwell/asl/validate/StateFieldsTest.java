package io.stepwell.asl.validate;

import static io.stepwell.asl.validate.Check.error;
import static io.stepwell.asl.validate.Check.errors;
import static io.stepwell.asl.validate.Check.json;
import static io.stepwell.asl.validate.Check.machine;
import static io.stepwell.asl.validate.Check.schema;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StateFieldsTest {

  @Test
  void unknownStateTypeListsTheTypes() {
    assertThat(errors(machine("'A':{'Type':'Magic','End':true}")))
        .containsExactly(
            schema(
                "The field 'Type' should have one of these values: [Task, Wait, Pass, Succeed,"
                    + " Fail, Choice, Parallel, Map]",
                "/States/A/Type"));
  }

  @Test
  void stateWithoutTypeRequiresIt() {
    assertThat(errors(machine("'A':{'End':true}")))
        .containsExactly(schema("These fields are required: [Type]", "/States/A"));
  }

  @Test
  void fieldOfAnotherStateTypeIsNotSupported() {
    // AWS accepts a state-level TimeoutSeconds on Task only (measured by Floci).
    assertThat(errors(machine("'A':{'Type':'Pass','TimeoutSeconds':5,'End':true}")))
        .containsExactly(schema("Field 'TimeoutSeconds' is not supported", "/States/A"));
  }

  @Test
  void retryAndCatchAreNotSupportedOnPass() {
    assertThat(
            errors(
                machine(
                    "'A':{'Type':'Pass','End':true,"
                        + "'Catch':[{'ErrorEquals':['States.ALL'],'Next':'A'}]}")))
        .contains(schema("Field 'Catch' is not supported", "/States/A"));
  }

  @Test
  void terminalStatesTakeNoNext() {
    assertThat(errors(machine("'A':{'Type':'Succeed','Next':'A'}")))
        .containsExactly(schema("Field 'Next' is not supported", "/States/A"));
    assertThat(errors(machine("'A':{'Type':'Fail','End':true}")))
        .containsExactly(schema("Field 'End' is not supported", "/States/A"));
  }

  @Test
  void failTakesNoInputPath() {
    assertThat(errors(machine("'A':{'Type':'Fail','InputPath':'$'}")))
        .containsExactly(schema("Field 'InputPath' is not supported", "/States/A"));
  }

  @Test
  void nextAndEndTogetherAreExclusive() {
    assertThat(errors(machine("'A':{'Type':'Pass','Next':'A','End':true}")))
        .containsExactly(
            schema("There should only be one of the following fields: [Next, End]", "/States/A"));
  }

  @Test
  void neitherNextNorEndIsReported() {
    assertThat(errors(machine("'A':{'Type':'Pass'}")))
        .containsExactly(
            schema(
                "This object should have only one of the following fields: [Next, End]",
                "/States/A"));
  }

  @Test
  void taskRequiresResource() {
    assertThat(errors(machine("'A':{'Type':'Task','End':true}")))
        .containsExactly(schema("These fields are required: [Resource]", "/States/A"));
  }

  @Test
  void jsonPathFieldInJsonataStateBelongsToJsonPath() {
    assertThat(
            errors(
                json(
                    "{'QueryLanguage':'JSONata','StartAt':'A','States':{"
                        + "'A':{'Type':'Pass','Parameters':{'a':1},'End':true}}}")))
        .containsExactly(
            schema(
                "The QueryLanguage is set to 'JSONata', but field 'Parameters' is only supported"
                    + " for the 'JSONPath' QueryLanguage",
                "/States/A"));
  }

  @Test
  void jsonataFieldInJsonPathStateBelongsToJsonata() {
    // Measured by Floci on AWS, word for word.
    assertThat(errors(machine("'A':{'Type':'Pass','Output':{'a':1},'End':true}")))
        .containsExactly(
            schema(
                "The QueryLanguage is set to 'JSONPath', but field 'Output' is only supported"
                    + " for the 'JSONata' QueryLanguage",
                "/States/A"));
    assertThat(
            errors(
                machine(
                    "'A':{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke',"
                        + "'Arguments':{},'End':true}")))
        .containsExactly(
            schema(
                "The QueryLanguage is set to 'JSONPath', but field 'Arguments' is only supported"
                    + " for the 'JSONata' QueryLanguage",
                "/States/A"));
  }

  @Test
  void stateMaySwitchToJsonataInAJsonPathMachine() {
    assertThat(
            errors(
                machine(
                    "'A':{'Type':'Pass','QueryLanguage':'JSONata','Output':'{% 1 %}','End':true}")))
        .isEmpty();
  }

  @Test
  void jsonataMachineCannotSetAStateBackToJsonPath() {
    // AWS: INVALID_DOWNGRADE_QUERY_LANGUAGE case.
    assertThat(
            errors(
                json(
                    "{'QueryLanguage':'JSONata','StartAt':'A','States':{"
                        + "'A':{'Type':'Pass','QueryLanguage':'JSONPath','End':true}}}")))
        .containsExactly(
            schema(
                "'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state"
                    + " machine",
                "/States/A"));
  }

  @Test
  void unclosedJsonataExpressionIsReported() {
    assertThat(
            errors(
                machine(
                    "'A':{'Type':'Pass','QueryLanguage':'JSONata','Output':{'x':'{% 1 + 2'},"
                        + "'End':true}")))
        .containsExactly(
            schema("JSONata string must start with {% and end with %}", "/States/A/Output/x"));
  }

  @Test
  void stateNameLongerThan80CharactersIsInvalid() {
    // given
    String name = "N".repeat(81);

    // when
    var found =
        errors(
            json(
                "{'StartAt':'" + name + "','States':{'" + name + "':{'Type':'Pass','End':true}}}"));

    // then
    assertThat(found)
        .containsExactly(
            error(
                "INVALID_STATE_NAME",
                "Invalid State name: State '"
                    + name
                    + "' exceeds the 80-character limit allowed by the service",
                "/States/" + name));
  }

  @Test
  void stateNameOf80CharactersIsValid() {
    String name = "N".repeat(80);
    assertThat(
            errors(
                json(
                    "{'StartAt':'"
                        + name
                        + "','States':{'"
                        + name
                        + "':{'Type':'Pass','End':true}}}")))
        .isEmpty();
  }

  @Test
  void stateNameUsedTwiceInTheMachineIsDuplicate() {
    assertThat(
            errors(
                machine(
                    "'A':{'Type':'Parallel','End':true,'Branches':[{'StartAt':'A','States':{"
                        + "'A':{'Type':'Pass','End':true}}}]}")))
        .containsExactly(
            error(
                "DUPLICATE_STATE_NAME",
                "Duplicate State name: A",
                "/States/A/Branches[0]/States/A"));
  }

  @Test
  void stateThatIsNotAnObjectIsReported() {
    assertThat(errors(machine("'A':[]")))
        .containsExactly(schema("The value of the field 'A' must be an object", "/States/A"));
  }

  @Test
  void stateNameWrittenTwiceInOneStatesObjectIsDuplicate() {
    // given: JSON parsing alone would keep only the second one
    String definition =
        json(
            "{'StartAt':'A','States':{'A':{'Type':'Pass','End':true},"
                + "'A':{'Type':'Pass','End':true}}}");

    // when / then
    assertThat(errors(definition))
        .containsExactly(error("DUPLICATE_STATE_NAME", "Duplicate State name: A", "/States/A"));
  }

  @Test
  void repeatedKeysOutsideStatesAreNotStateNames() {
    assertThat(errors(machine("'A':{'Type':'Pass','End':true,'Parameters':{'x':1,'x':2}}")))
        .isEmpty();
  }
}
