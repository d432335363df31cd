package io.stepwell.asl.model;

/**
 * One rule of a state's {@code Catch} list: where to go, where the error output goes, and what it
 * assigns.
 *
 * @param assign {@code Assign}, evaluated on the error output, or {@code null}
 */
public record Catcher(
    ErrorMatcher errors, String next, ResultPath resultPath, PayloadTemplate assign) {}
