package io.stepwell.serverless.variables;

import java.util.List;

/** One source of a variable: a reference, a literal fallback, or a nested variable. */
sealed interface Source permits Source.Reference, Source.Literal, Variable {
  /**
   * {@code type:address} or {@code type(params):address}, e.g. {@code self:custom.x}, {@code
   * file(./x.yml):a}.
   *
   * @param type the source type ({@code self}, {@code opt}, {@code env}, ...)
   * @param params the parameters, or an empty list
   * @param address the address, or {@code null} when none was written
   */
  record Reference(String type, List<Template> params, Template address) implements Source {
    public Reference {
      params = List.copyOf(params);
    }
  }

  /**
   * A quoted string, number, {@code true}, {@code false} or {@code null}.
   *
   * @param value the value
   */
  record Literal(Object value) implements Source {}
}
