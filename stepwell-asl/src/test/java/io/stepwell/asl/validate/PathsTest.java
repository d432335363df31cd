package io.stepwell.asl.validate;

import static io.stepwell.asl.validate.Check.errors;
import static io.stepwell.asl.validate.Check.machine;
import static io.stepwell.asl.validate.Check.schema;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathsTest {

  @Test
  void inputOutputAndResultPathMustBePaths() {
    // cfn-lint issue 4078 quotes AWS for OutputPath.
    assertThat(
            errors(
                machine(
                    "'A':{'Type':'Pass','InputPath':'x','OutputPath':'Test','ResultPath':'$[',"
                        + "'End':true}")))
        .containsExactly(
            schema("Value must be a valid JSONPath.", "/States/A/InputPath"),
            schema("Value must be a valid JSONPath.", "/States/A/OutputPath"),
            schema("Value must be a valid JSONPath.", "/States/A/ResultPath"));
  }

  @Test
  void pathsMayBeNullToDiscard() {
    assertThat(
            errors(
                machine(
                    "'A':{'Type':'Pass','InputPath':null,'OutputPath':null,'ResultPath':null,"
                        + "'End':true}")))
        .isEmpty();
  }

  @Test
  void dollarKeyMustHoldAPathOrAnIntrinsicCall() {
    assertThat(
            errors(
                machine(
                    "'A':{'Type':'Pass','End':true,'Parameters':{'ok.$':'$.a','ctx.$':'$$.Execution.Id',"
                        + "'var.$':'$v','fn.$':'States.UUID()','nested':{'bad.$':'foo'},"
                        + "'list':[{'worse.$':3}]}}")))
        .containsExactly(
            schema(
                "The value for the field 'bad.$' must be a valid JSONPath or a valid intrinsic"
                    + " function call",
                "/States/A/Parameters/nested/bad.$"),
            schema(
                "The value for the field 'worse.$' must be a valid JSONPath or a valid intrinsic"
                    + " function call",
                "/States/A/Parameters/list[0]/worse.$"));
  }

  @Test
  void malformedIntrinsicCallIsReported() {
    assertThat(
            errors(
                machine("'A':{'Type':'Pass','End':true,'Parameters':{'a.$':'States.Format(1'}}")))
        .containsExactly(
            schema(
                "The value for the field 'a.$' must be a valid JSONPath or a valid intrinsic"
                    + " function call",
                "/States/A/Parameters/a.$"));
  }

  @Test
  void assignAndResultSelectorAreTemplatesToo() {
    assertThat(
            errors(
                machine(
                    "'A':{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','End':true,"
                        + "'ResultSelector':{'a.$':'nope'},'Assign':{'v.$':'nope'}}")))
        .containsExactly(
            schema(
                "The value for the field 'a.$' must be a valid JSONPath or a valid intrinsic"
                    + " function call",
                "/States/A/ResultSelector/a.$"),
            schema(
                "The value for the field 'v.$' must be a valid JSONPath or a valid intrinsic"
                    + " function call",
                "/States/A/Assign/v.$"));
  }

  @Test
  void pathLookingValueWithoutDollarKeyIsAWarningOnly() {
    var all =
        Validator.validate(machine("'A':{'Type':'Pass','End':true,'Parameters':{'a':'$.x'}}"));

    assertThat(all)
        .singleElement()
        .satisfies(d -> {
          assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
          assertThat(d.code()).isEqualTo("NO_DOLLAR");
          assertThat(d.location()).isEqualTo("/States/A/Parameters/a");
        });
  }

  @Test
  void passResultWithDollarKeyIsAWarningOnly() {
    var all = Validator.validate(machine("'A':{'Type':'Pass','End':true,'Result':{'a.$':'$.x'}}"));

    assertThat(all)
        .extracting(Diagnostic::code, Diagnostic::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "PASS_RESULT_IS_STATIC", Diagnostic.Severity.WARNING));
  }
}
