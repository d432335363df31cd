package io.stepwell.asl.intrinsic;

import static io.stepwell.asl.intrinsic.Intrinsics.failure;
import static io.stepwell.asl.intrinsic.Intrinsics.invalidArguments;
import static io.stepwell.asl.intrinsic.Intrinsics.scope;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.Entropy;
import org.junit.jupiter.api.Test;

class StatesUuidTest {
  @Test
  void uuidComesFromTheEntropy() {
    // given
    Entropy entropy =
        new Entropy() {
          @Override
          public String uuid() {
            return "0b5e34c2-3f2e-4f5b-9a57-2d4f5e6a7b8c";
          }

          @Override
          public double nextDouble() {
            throw new UnsupportedOperationException();
          }
        };

    // when
    Object uuid = IntrinsicExpression.parse("States.UUID()").evaluate(scope("{}"), entropy);

    // then
    assertThat(uuid).isEqualTo("0b5e34c2-3f2e-4f5b-9a57-2d4f5e6a7b8c");
  }

  @Test
  void uuidIsAVersionFourUuid() {
    Object uuid =
        IntrinsicExpression.parse("States.UUID()").evaluate(scope("{}"), Entropy.seeded(3));

    assertThat((String) uuid)
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
  }

  @Test
  void uuidTakesNoArguments() {
    assertThat(failure("States.UUID(1)").cause())
        .isEqualTo(invalidArguments("States.UUID(1)", "States.UUID"));
  }
}
