/**
 * The intrinsic functions of the States language ({@code States.Format}, {@code States.Array}, ...
 * eighteen in all): parsing a {@code .$} field's call text once per definition into an {@link
 * io.stepwell.asl.intrinsic.IntrinsicExpression}, and evaluating it against a state's data with
 * AWS's results, error names and causes. One package-private class per function.
 */
package io.stepwell.asl.intrinsic;
