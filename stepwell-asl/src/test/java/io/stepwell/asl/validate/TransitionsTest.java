package io.stepwell.asl.validate;

import static io.stepwell.asl.validate.Check.error;
import static io.stepwell.asl.validate.Check.errors;
import static io.stepwell.asl.validate.Check.json;
import static io.stepwell.asl.validate.Check.machine;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TransitionsTest {
  private static final String MISSING = "MISSING_TRANSITION_TARGET";

  @Test
  void unknownNextAndTheStateNothingReachesAreBothReported() {
    // AWS's answer to this definition, quoted in LocalStack issue 11978.
    String definition =
        json(
            "{'StartAt':'pass1','States':{'pass1':{'Type':'Pass','Next':'pass3'},"
                + "'pass2':{'Type':'Pass','End':true}}}");

    // when / then
    assertThat(errors(definition))
        .containsExactly(
            error(MISSING, "Missing 'Next' target: pass3", "/States/pass1/Next"),
            error(MISSING, "State \"pass2\" is not reachable.", "/States/pass2"));
  }

  @Test
  void unknownStartAtIsAMissingNextTarget() {
    assertThat(errors(json("{'StartAt':'Nope','States':{'A':{'Type':'Pass','End':true}}}")))
        .containsExactly(
            error(MISSING, "Missing 'Next' target: Nope", "/StartAt"),
            error(MISSING, "State \"A\" is not reachable.", "/States/A"));
  }

  @Test
  void choiceDefaultAndCatchTargetsAreAllCalledNext() {
    String definition =
        machine(
            "'A':{'Type':'Choice','Choices':[{'Variable':'$.x','IsNull':true,'Next':'X'}],"
                + "'Default':'Y'},"
                + "'B':{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','End':true,"
                + "'Catch':[{'ErrorEquals':['States.ALL'],'Next':'Z'}]}");

    assertThat(errors(definition))
        .startsWith(
            error(MISSING, "Missing 'Next' target: X", "/States/A/Choices[0]/Next"),
            error(MISSING, "Missing 'Next' target: Y", "/States/A/Default"),
            error(MISSING, "Missing 'Next' target: Z", "/States/B/Catch[0]/Next"));
  }

  @Test
  void loopWithoutTerminalStateHasNoEndStateAndNoLocation() {
    // Measured by Floci on AWS: no location, and no reachability findings.
    String definition =
        machine(
            "'A':{'Type':'Pass','Next':'B'},'B':{'Type':'Pass','Next':'A'},"
                + "'C':{'Type':'Pass','Next':'A'}");

    assertThat(errors(definition))
        .containsExactly(error("MISSING_END_STATE", "Workflow has no terminal state", null));
  }

  @Test
  void missingTargetComesBeforeMissingEndState() {
    assertThat(errors(machine("'A':{'Type':'Pass','Next':'NOPE'}")))
        .containsExactly(
            error(MISSING, "Missing 'Next' target: NOPE", "/States/A/Next"),
            error("MISSING_END_STATE", "Workflow has no terminal state", null));
  }

  @Test
  void nextCannotLeaveAParallelBranch() {
    String definition =
        machine(
            "'A':{'Type':'Parallel','Next':'B','Branches':[{'StartAt':'In','States':{"
                + "'In':{'Type':'Pass','Next':'B'}}}]},'B':{'Type':'Succeed'}");

    assertThat(errors(definition))
        .containsExactly(
            error(MISSING, "Missing 'Next' target: B", "/States/A/Branches[0]/States/In/Next"),
            error("MISSING_END_STATE", "Workflow has no terminal state", null));
  }

  @Test
  void unreachableStateInsideAMapProcessorIsReported() {
    String definition =
        machine(
            "'A':{'Type':'Map','End':true,'ItemProcessor':{'StartAt':'P','States':{"
                + "'P':{'Type':'Pass','End':true},'Q':{'Type':'Pass','End':true}}}}");

    assertThat(errors(definition))
        .containsExactly(
            error(MISSING, "State \"Q\" is not reachable.", "/States/A/ItemProcessor/States/Q"));
  }

  @Test
  void transitionsAreNotCheckedWhileTheSchemaFails() {
    assertThat(errors(machine("'A':{'Type':'Pass','Next':'NOPE','Bad':1}")))
        .extracting(Diagnostic::code)
        .containsOnly("SCHEMA_VALIDATION_FAILED");
  }
}
