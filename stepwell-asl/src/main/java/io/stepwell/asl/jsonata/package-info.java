/**
 * JSONata for states whose {@code QueryLanguage} is {@code JSONata}: a {@code {% ... %}} expression
 * parsed once per definition into a {@link io.stepwell.asl.jsonata.JsonataExpression}, a field
 * value whose string leaves may be such expressions compiled into a {@link
 * io.stepwell.asl.jsonata.JsonataTemplate}, and their evaluation with {@code $states} and the
 * workflow variables bound, AWS's added functions ({@code $partition}, {@code $range}, {@code
 * $hash}, {@code $random}, {@code $uuid}, {@code $parse}) and AWS's {@code
 * States.QueryEvaluationError} causes. The JSONata language itself is the dashjoin port; values
 * cross into and out of it only through this package.
 */
package io.stepwell.asl.jsonata;
