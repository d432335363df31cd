package io.stepwell.asl.validate;

import static io.stepwell.asl.validate.Check.errors;
import static io.stepwell.asl.validate.Check.json;
import static io.stepwell.asl.validate.Check.machine;
import static io.stepwell.asl.validate.Check.schema;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Variable scopes. AWS's rule (workflow-variables guide, "Variable scope"; ASL spec, "Variable
 * Scope"): a variable assigned in an inner scope cannot have the same name as one assigned in an
 * outer scope. No AWS wording for the message was found; it follows {@code Messages}.
 */
class VariableScopesTest {
  private static String inOuterScope(String name) {
    return "Variable '" + name + "' is already assigned in an outer scope";
  }

  private static String processor(String assign) {
    return "{'StartAt':'P','States':{'P':{'Type':'Pass','End':true,'Assign':" + assign + "}}}";
  }

  @Test
  void specExampleIsAccepted() {
    // The ASL spec's own example: the Map state's Assign is in the outer scope, and the inner
    // states read $outer without assigning it.
    String definition =
        json(
            "{'QueryLanguage':'JSONata','StartAt':'Get Greeting','States':{"
                + "'Get Greeting':{'Type':'Pass','Assign':{'outer':'hello'},"
                + "'Next':'Greet Everyone'},"
                + "'Greet Everyone':{'Type':'Map','ItemProcessor':{'StartAt':'Begin','States':{"
                + "'Begin':{'Type':'Pass','Assign':{'inner':'world','hi':'{% $outer %}'},"
                + "'Next':'End'},'End':{'Type':'Succeed','Output':'{% $hi %}'}}},"
                + "'Assign':{'outer':2},'Next':'Goodbye'},"
                + "'Goodbye':{'Type':'Succeed','Output':'{% $outer %}'}}}");

    assertThat(errors(definition)).isEmpty();
  }

  @Test
  void mapIterationCannotAssignAnOuterName() {
    String definition =
        machine(
            "'A':{'Type':'Pass','Assign':{'x':1},'Next':'M'},"
                + "'M':{'Type':'Map','End':true,'ItemProcessor':"
                + processor("{'x':2,'y':3}")
                + "}");

    assertThat(errors(definition))
        .containsExactly(schema(inOuterScope("x"), "/States/M/ItemProcessor/States/P/Assign/x"));
  }

  @Test
  void parallelBranchCannotAssignAnOuterNameAssignedLater() {
    // A variable exists in a scope if any state there assigns it, before or after the branch.
    String definition =
        machine(
            "'A':{'Type':'Parallel','Next':'B','Branches':["
                + processor("{'late.$':'$.a'}")
                + "]},'B':{'Type':'Pass','End':true,'Assign':{'late':1}}");

    assertThat(errors(definition))
        .containsExactly(
            schema(inOuterScope("late"), "/States/A/Branches[0]/States/P/Assign/late.$"));
  }

  @Test
  void outerNamesAssignedByChoiceRulesAndCatchersCount() {
    String definition =
        machine(
                "'C':{'Type':'Choice','Default':'M','Choices':[{'Variable':'$.a','IsPresent':true,"
                    + "'Next':'M','Assign':{'fromRule':1}}]},"
                    + "'M':{'Type':'Map','End':true,'Catch':[{'ErrorEquals':['States.ALL'],"
                    + "'Next':'F','Assign':{'fromCatch':1}}],'ItemProcessor':"
                    + processor("{'fromRule':2,'fromCatch':3}")
                    + "},'F':{'Type':'Fail'}")
            .replace("\"StartAt\":\"A\"", "\"StartAt\":\"C\"");

    assertThat(errors(definition))
        .containsExactly(
            schema(inOuterScope("fromRule"), "/States/M/ItemProcessor/States/P/Assign/fromRule"),
            schema(inOuterScope("fromCatch"), "/States/M/ItemProcessor/States/P/Assign/fromCatch"));
  }

  @Test
  void anyEnclosingScopeCounts() {
    String inner =
        "{'StartAt':'M2','States':{'M2':{'Type':'Map','End':true,'Iterator':"
            + processor("{'top':1}")
            + "}}}";
    String definition =
        machine(
            "'A':{'Type':'Pass','Assign':{'top':0},'Next':'M'},"
                + "'M':{'Type':'Map','End':true,'ItemProcessor':"
                + inner
                + "}");

    assertThat(errors(definition))
        .containsExactly(
            schema(
                inOuterScope("top"),
                "/States/M/ItemProcessor/States/M2/Iterator/States/P/Assign/top"));
  }

  @Test
  void siblingScopesMayUseTheSameName() {
    String definition =
        machine(
            "'A':{'Type':'Parallel','End':true,'Branches':["
                + processor("{'x':1}")
                + ","
                + processor("{'x':2}").replace("'P'", "'Q'")
                + "]}");

    assertThat(errors(definition)).isEmpty();
  }

  @Test
  void innerScopeMayReadOuterVariables() {
    String definition =
        machine(
            "'A':{'Type':'Pass','Assign':{'x':1},'Next':'M'},"
                + "'M':{'Type':'Map','End':true,'ItemProcessor':"
                + processor("{'y.$':'$x'}")
                + "}");

    assertThat(errors(definition)).isEmpty();
  }
}
