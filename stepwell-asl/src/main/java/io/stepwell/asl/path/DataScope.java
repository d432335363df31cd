package io.stepwell.asl.path;

/**
 * What a path or an intrinsic function can read: the state's effective input ({@code $}), the
 * context object ({@code $$}) and the variables in scope ({@code $name}).
 */
public interface DataScope {
  /** The value {@code $} refers to. */
  Object input();

  /** The context object, {@code $$}. */
  Object context();

  /** The value of a variable, or {@link Missing#VALUE} if it is not assigned. */
  default Object variable(String name) {
    return Missing.VALUE;
  }

  /** A scope with only an input and a context object. */
  static DataScope of(Object input, Object context) {
    return new DataScope() {
      @Override
      public Object input() {
        return input;
      }

      @Override
      public Object context() {
        return context;
      }
    };
  }
}
