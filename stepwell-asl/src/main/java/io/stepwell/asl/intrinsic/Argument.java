package io.stepwell.asl.intrinsic;

/** One argument of an intrinsic call, as parsed. */
sealed interface Argument permits StringLiteral, ValueLiteral, PathArgument, FunctionCall {}
