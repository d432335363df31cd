package io.stepwell.asl.model;

/** One rule of a state's {@code Catch} list: where to go, and where the error output goes. */
public record Catcher(ErrorMatcher errors, String next, ResultPath resultPath) {}
