package io.stepwell.asl.intrinsic;

/** A number, {@code true}, {@code false} or {@code null} written in the call. */
record ValueLiteral(Object value) implements Argument {}
