package io.stepwell.functions.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwell.functions.InvalidFunctionException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HandlerNameTest {
  @Test
  void classAlone() {
    assertThat(HandlerName.parse("f", "example.Handler"))
        .isEqualTo(new HandlerName("example.Handler", Optional.empty()));
  }

  @Test
  void classAndMethod() {
    assertThat(HandlerName.parse("f", "example.Outer$Inner::handle"))
        .isEqualTo(new HandlerName("example.Outer$Inner", Optional.of("handle")));
  }

  @Test
  void notJavaNamesAreRefused() {
    for (String bad :
        new String[] {"example..Handler", "example.Handler::", "index.handler:x", "1a.B"}) {
      assertThatThrownBy(() -> HandlerName.parse("f", bad))
          .as(bad)
          .isInstanceOf(InvalidFunctionException.class);
    }
  }
}
