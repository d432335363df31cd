/**
 * The rules of a Choice state in JSONPath mode: parsing one rule object (comparisons, type tests,
 * {@code And}, {@code Or}, {@code Not}) into a {@link io.stepwell.asl.choice.ChoiceRule} whose
 * paths are compiled once, and evaluating it against a {@link io.stepwell.asl.path.DataScope} with
 * AWS's semantics: a value of the wrong type never matches, and a path that selects nothing is a
 * {@code States.Runtime} error except under {@code IsPresent}. Picking the branch from the rules,
 * Default and Assign belong to the interpreter.
 */
package io.stepwell.asl.choice;
