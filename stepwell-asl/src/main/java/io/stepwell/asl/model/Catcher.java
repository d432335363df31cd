package io.stepwell.asl.model;

import io.stepwell.asl.jsonata.JsonataTemplate;

/**
 * One rule of a state's {@code Catch} list: where to go, where the error output goes, and what it
 * assigns.
 *
 * @param assign {@code Assign}, evaluated on the error output, or {@code null}
 * @param jsonataOutput {@code Output} in JSONata mode, or {@code null}
 * @param jsonataAssign {@code Assign} in JSONata mode, or {@code null}
 */
public record Catcher(
    ErrorMatcher errors,
    String next,
    ResultPath resultPath,
    PayloadTemplate assign,
    JsonataTemplate jsonataOutput,
    JsonataTemplate jsonataAssign) {}
