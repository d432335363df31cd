package io.stepwell.asl.validate;

import static io.stepwell.asl.validate.Check.errors;
import static io.stepwell.asl.validate.Check.json;
import static io.stepwell.asl.validate.Check.machine;
import static io.stepwell.asl.validate.Check.schema;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code Assign}: where it may be written and which names it may assign. The rules are AWS's
 * (workflow-variables guide: "Variable name syntax", "Reserved variable: $states", "Assign field in
 * ASL"); no AWS wording for their messages was found, so these follow {@code Messages}.
 */
class AssignTest {
  private static final String FAIL = ",'F':{'Type':'Fail'}";

  private static String pass(String assign) {
    return machine("'A':{'Type':'Pass','End':true,'Assign':" + assign + "}");
  }

  private static String jsonataPass(String assign) {
    return json(
        "{'QueryLanguage':'JSONata','StartAt':'A','States':{'A':{'Type':'Pass','End':true,"
            + "'Assign':"
            + assign
            + "}}}");
  }

  private static String notIdentifier(String name) {
    return "Invalid variable name: Variable '"
        + name
        + "' must start with a Unicode ID_Start character and continue with Unicode ID_Continue"
        + " characters";
  }

  @Test
  void identifierNamesInEitherLanguageAreAccepted() {
    assertThat(errors(pass("{'x':1,'camelCase9':'a','snake_case':null,'x2.$':'$.a'}"))).isEmpty();
    assertThat(errors(jsonataPass("{'total':'{% $states.input.n %}','caf\u00e9':1}"))).isEmpty();
  }

  @Test
  void unicodeLettersMayStartAName() {
    assertThat(errors(pass("{'\u5909\u6570':1,'\u00c9t\u00e9':2,'\u03b1\u03b2':3}"))).isEmpty();
  }

  @Test
  void nameWithPunctuationIsRefused() {
    assertThat(errors(pass("{'my-var':1}")))
        .containsExactly(schema(notIdentifier("my-var"), "/States/A/Assign/my-var"));
  }

  @Test
  void nameMustNotStartWithADigitOrAnUnderscore() {
    // '_' is a connector (ID_Continue), not ID_Start.
    assertThat(errors(pass("{'1st':1,'_hidden':2}")))
        .containsExactly(
            schema(notIdentifier("1st"), "/States/A/Assign/1st"),
            schema(notIdentifier("_hidden"), "/States/A/Assign/_hidden"));
  }

  @Test
  void partOfAVariableCannotBeAssigned() {
    // The guide: you cannot "Assign":{"x.y":42} or "Assign":{"x[2]":42}.
    assertThat(errors(pass("{'x.y':42,'x[2]':42}")))
        .containsExactly(
            schema(notIdentifier("x.y"), "/States/A/Assign/x.y"),
            schema(notIdentifier("x[2]"), "/States/A/Assign/x[2]"));
  }

  @Test
  void jsonPathDollarSuffixIsNotPartOfTheName() {
    assertThat(errors(pass("{'x.y.$':'$.a','.$':'$.b'}")))
        .containsExactly(
            schema(notIdentifier("x.y"), "/States/A/Assign/x.y.$"),
            schema(notIdentifier(""), "/States/A/Assign/.$"));
  }

  @Test
  void jsonataKeyEndingInDollarSuffixIsItsName() {
    assertThat(errors(jsonataPass("{'x.$':'{% $states.input %}'}")))
        .containsExactly(schema(notIdentifier("x.$"), "/States/A/Assign/x.$"));
  }

  @Test
  void nameOfEightyCharactersIsAccepted() {
    assertThat(errors(pass("{'" + "v".repeat(80) + "':1}"))).isEmpty();
  }

  @Test
  void nameLongerThanEightyCharactersIsRefused() {
    String name = "v".repeat(81);

    assertThat(errors(pass("{'" + name + "':1}")))
        .containsExactly(
            schema(
                "Invalid variable name: Variable '"
                    + name
                    + "' exceeds the 80-character limit allowed by the service",
                "/States/A/Assign/" + name));
  }

  @Test
  void statesIsReservedInBothLanguages() {
    String reserved = "Invalid variable name: Variable 'states' is reserved";

    assertThat(errors(pass("{'states.$':'$.a'}")))
        .containsExactly(schema(reserved, "/States/A/Assign/states.$"));
    assertThat(errors(jsonataPass("{'states':1}")))
        .containsExactly(schema(reserved, "/States/A/Assign/states"));
  }

  @Test
  void choiceRuleAndCatcherNamesAreCheckedToo() {
    String definition =
        machine(
            "'A':{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','Next':'C',"
                + "'Catch':[{'ErrorEquals':['States.ALL'],'Next':'F','Assign':{'bad-1':1}}]},"
                + "'C':{'Type':'Choice','Default':'F','Choices':[{'Variable':'$.a',"
                + "'IsPresent':true,'Next':'F','Assign':{'bad-2':2}}]}"
                + FAIL);

    assertThat(errors(definition))
        .containsExactly(
            schema(notIdentifier("bad-1"), "/States/A/Catch[0]/Assign/bad-1"),
            schema(notIdentifier("bad-2"), "/States/C/Choices[0]/Assign/bad-2"));
  }

  @Test
  void assignIsNotSupportedOnSucceedFailRetriersOrNestedRules() {
    String definition =
        machine(
            "'A':{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','Next':'C',"
                + "'Retry':[{'ErrorEquals':['States.ALL'],'Assign':{'x':1}}]},"
                + "'C':{'Type':'Choice','Default':'S','Choices':[{'Not':{'Variable':'$.a',"
                + "'IsPresent':true,'Assign':{'x':1}},'Next':'F'}]},"
                + "'S':{'Type':'Succeed','Assign':{'x':1}},"
                + "'F':{'Type':'Fail','Assign':{'x':1}}");

    assertThat(errors(definition))
        .containsExactlyInAnyOrder(
            schema("Field 'Assign' is not supported", "/States/A/Retry[0]"),
            schema("Field 'Assign' is not supported", "/States/C/Choices[0]/Not"),
            schema("Field 'Assign' is not supported", "/States/S"),
            schema("Field 'Assign' is not supported", "/States/F"));
  }

  @Test
  void assignMustBeAnObject() {
    assertThat(errors(pass("[1]")))
        .containsExactly(
            schema("The value of the field 'Assign' must be an object", "/States/A/Assign"));
  }

  @Test
  void jsonataAssignValuesAreJsonWithClosedExpressions() {
    assertThat(errors(jsonataPass("{'a':{'b':['{% $states.input']}}")))
        .containsExactly(
            schema("JSONata string must start with {% and end with %}", "/States/A/Assign/a/b[0]"));
  }

  @Test
  void resultPathCannotNameAVariable() {
    String definition =
        machine(
            "'A':{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','End':true,"
                + "'ResultPath':'$v.result',"
                + "'Catch':[{'ErrorEquals':['States.ALL'],'Next':'F','ResultPath':'$err'}]}"
                + FAIL);

    assertThat(errors(definition))
        .containsExactly(
            schema("Variables cannot be used in ResultPath", "/States/A/ResultPath"),
            schema("Variables cannot be used in ResultPath", "/States/A/Catch[0]/ResultPath"));
  }

  @Test
  void variablesMayBeReadByOtherPaths() {
    assertThat(
            errors(
                machine(
                    "'A':{'Type':'Pass','Assign':{'v':{'a':1}},'Next':'B'},"
                        + "'B':{'Type':'Pass','InputPath':'$v','OutputPath':'$v.a',"
                        + "'Parameters':{'x.$':'$v.a','y.$':'States.JsonToString($v)'},"
                        + "'ResultPath':'$.r','End':true}")))
        .isEmpty();
  }
}
