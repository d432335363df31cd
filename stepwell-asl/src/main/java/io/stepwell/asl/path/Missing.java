package io.stepwell.asl.path;

/**
 * The absence of a value, distinct from JSON {@code null}: a path that selects nothing reads as
 * {@link #VALUE}.
 */
public enum Missing {
  VALUE
}
