/**
 * Lambda as Step Functions calls it: which resources name a function, and the shapes of the {@code
 * lambda:invoke} result and of Lambda's errors. Shared by the engine's dispatcher and the testkit's
 * test functions.
 */
package io.stepwell.engine.lambda;
