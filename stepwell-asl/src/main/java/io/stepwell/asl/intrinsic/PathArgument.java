package io.stepwell.asl.intrinsic;

import io.stepwell.asl.path.JsonPathExpr;

/** A JSONPath argument ({@code $.a}, {@code $$.Execution.Id}, {@code $var.x}), compiled once. */
record PathArgument(JsonPathExpr path) implements Argument {}
