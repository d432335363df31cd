package io.stepwell.server.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FunctionRefTest {
  private static FunctionRef parse(String name, String qualifier) {
    return FunctionRef.parse(name, qualifier, "us-east-1", "123456789012");
  }

  @Test
  void readsEveryFormLambdaAccepts() {
    assertThat(parse("f", null)).isEqualTo(new FunctionRef("f", null));
    assertThat(parse("f:prod", null)).isEqualTo(new FunctionRef("f", "prod"));
    assertThat(parse("f", "$LATEST")).isEqualTo(new FunctionRef("f", "$LATEST"));
    assertThat(parse("123456789012:function:f", null)).isEqualTo(new FunctionRef("f", null));
    assertThat(parse("arn:aws:lambda:us-east-1:123456789012:function:f:7", null))
        .isEqualTo(new FunctionRef("f", "7"));
    assertThat(parse("arn:aws:lambda:us-east-1:123456789012:function:f:7", "7"))
        .isEqualTo(new FunctionRef("f", "7"));
  }

  @Test
  void namesItselfInErrorsWithItsQualifier() {
    assertThat(parse("f", null).arn("us-east-1", "123456789012"))
        .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:f");
    assertThat(parse("f:v1", null).arn("us-east-1", "123456789012"))
        .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:f:v1");
  }

  @Test
  void anotherAccountsFunctionIsNotFound() {
    assertThatThrownBy(() -> parse("arn:aws:lambda:us-east-1:999999999999:function:f", null))
        .isInstanceOfSatisfying(
            LambdaException.class,
            e -> {
              assertThat(e.code()).isEqualTo("ResourceNotFoundException");
              assertThat(e.getMessage())
                  .isEqualTo(
                      "Function not found: arn:aws:lambda:us-east-1:999999999999:function:f");
            });
  }

  @Test
  void refusesAQualifierOutsideLambdasPattern() {
    assertThatThrownBy(() -> parse("f", "a b"))
        .isInstanceOfSatisfying(
            LambdaException.class,
            e -> {
              assertThat(e.code()).isEqualTo("ValidationException");
              assertThat(e.getMessage())
                  .startsWith("1 validation error detected: Value 'a b' at 'qualifier'");
            });
  }

  @Test
  void refusesANameLongerThanLambdaAllows() {
    assertThatThrownBy(() -> parse("f".repeat(257), null))
        .isInstanceOfSatisfying(
            LambdaException.class,
            e ->
                assertThat(e.getMessage())
                    .endsWith("Member must have length less than or equal to 256"));
  }
}
