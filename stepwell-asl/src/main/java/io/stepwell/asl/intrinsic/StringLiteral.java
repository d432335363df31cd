package io.stepwell.asl.intrinsic;

/**
 * A quoted string argument. {@code value} has its escapes resolved; {@code raw} is the text between
 * the quotes as written, which {@code States.Format} needs to tell an escaped brace from a
 * placeholder.
 */
record StringLiteral(String value, String raw) implements Argument {}
