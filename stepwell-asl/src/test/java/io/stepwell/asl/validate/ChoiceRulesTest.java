package io.stepwell.asl.validate;

import static io.stepwell.asl.validate.Check.errors;
import static io.stepwell.asl.validate.Check.json;
import static io.stepwell.asl.validate.Check.machine;
import static io.stepwell.asl.validate.Check.schema;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChoiceRulesTest {
  private static final String END = ",'E':{'Type':'Succeed'}";

  private static String choice(String rules) {
    return machine("'A':{'Type':'Choice','Choices':[" + rules + "],'Default':'E'}" + END);
  }

  @Test
  void wellFormedRulesPass() {
    assertThat(
            errors(
                choice(
                    "{'Variable':'$.a','StringEquals':'x','Next':'E'},"
                        + "{'And':[{'Variable':'$.b','NumericGreaterThan':1},"
                        + "{'Not':{'Variable':'$.c','IsPresent':true}}],'Next':'E'},"
                        + "{'Variable':'$.d','TimestampLessThanPath':'$.e','Next':'E'}")))
        .isEmpty();
  }

  @Test
  void topLevelRuleRequiresNext() {
    assertThat(errors(choice("{'Variable':'$.a','IsNull':true}")))
        .containsExactly(schema("These fields are required: [Next]", "/States/A/Choices[0]"));
  }

  @Test
  void nestedRuleTakesNoNext() {
    assertThat(errors(choice("{'Not':{'Variable':'$.a','IsNull':true,'Next':'E'},'Next':'E'}")))
        .containsExactly(schema("Field 'Next' is not supported", "/States/A/Choices[0]/Not"));
  }

  @Test
  void variableTakesExactlyOneComparison() {
    assertThat(errors(choice("{'Variable':'$.a','IsNull':true,'StringEquals':'x','Next':'E'}")))
        .containsExactly(
            schema(
                "There should only be one of the following fields: [StringEquals, IsNull]",
                "/States/A/Choices[0]"));
    assertThat(errors(choice("{'Variable':'$.a','Next':'E'}")))
        .singleElement()
        .extracting(Diagnostic::message)
        .asString()
        .startsWith("This object should have only one of the following fields: [StringEquals,");
  }

  @Test
  void ruleNeedsOneOfAndOrNotVariable() {
    assertThat(errors(choice("{'Next':'E'}")))
        .containsExactly(
            schema(
                "This object should have only one of the following fields: [And, Or, Not,"
                    + " Variable]",
                "/States/A/Choices[0]"));
  }

  @Test
  void unknownOperatorIsNotSupported() {
    assertThat(errors(choice("{'Variable':'$.a','StringIs':'x','Next':'E'}")))
        .contains(schema("Field 'StringIs' is not supported", "/States/A/Choices[0]"));
  }

  @Test
  void comparisonValueHasTheOperatorsType() {
    assertThat(errors(choice("{'Variable':'$.a','NumericEquals':'1','Next':'E'}")))
        .containsExactly(
            schema(
                "The value of the field 'NumericEquals' must be a number",
                "/States/A/Choices[0]/NumericEquals"));
    assertThat(errors(choice("{'Variable':'$.a','BooleanEquals':'true','Next':'E'}")))
        .containsExactly(
            schema(
                "The value of the field 'BooleanEquals' must be a boolean",
                "/States/A/Choices[0]/BooleanEquals"));
  }

  @Test
  void variableAndPathOperatorsMustBePaths() {
    assertThat(errors(choice("{'Variable':'a','StringEqualsPath':'b','Next':'E'}")))
        .containsExactly(
            schema("Value must be a valid JSONPath.", "/States/A/Choices[0]/Variable"),
            schema("Value must be a valid JSONPath.", "/States/A/Choices[0]/StringEqualsPath"));
  }

  @Test
  void emptyChoicesAndEmptyAndAreReported() {
    assertThat(errors(machine("'A':{'Type':'Choice','Choices':[],'Default':'E'}" + END)))
        .containsExactly(schema("Value cannot be empty", "/States/A/Choices"));
    assertThat(errors(choice("{'And':[],'Next':'E'}")))
        .containsExactly(schema("Value cannot be empty", "/States/A/Choices[0]/And"));
  }

  @Test
  void jsonataRuleTakesAConditionNotAVariable() {
    String definition =
        json(
            "{'QueryLanguage':'JSONata','StartAt':'A','States':{'A':{'Type':'Choice','Choices':["
                + "{'Variable':'$.a','IsNull':true,'Condition':'{% true %}','Next':'E'}],"
                + "'Default':'E'},'E':{'Type':'Succeed'}}}");

    assertThat(errors(definition))
        .containsExactly(
            schema(
                "The QueryLanguage is set to 'JSONata', but field 'Variable' is only supported"
                    + " for the 'JSONPath' QueryLanguage",
                "/States/A/Choices[0]"),
            schema(
                "The QueryLanguage is set to 'JSONata', but field 'IsNull' is only supported"
                    + " for the 'JSONPath' QueryLanguage",
                "/States/A/Choices[0]"));
  }

  @Test
  void jsonataRuleRequiresCondition() {
    String definition =
        json(
            "{'QueryLanguage':'JSONata','StartAt':'A','States':{'A':{'Type':'Choice','Choices':["
                + "{'Next':'E'}]},'E':{'Type':'Succeed'}}}");

    assertThat(errors(definition))
        .containsExactly(schema("These fields are required: [Condition]", "/States/A/Choices[0]"));
  }

  @Test
  void jsonPathRuleTakesNoCondition() {
    assertThat(errors(choice("{'Condition':'{% true %}','Next':'E'}")))
        .contains(
            schema(
                "The QueryLanguage is set to 'JSONPath', but field 'Condition' is only supported"
                    + " for the 'JSONata' QueryLanguage",
                "/States/A/Choices[0]"));
  }
}
