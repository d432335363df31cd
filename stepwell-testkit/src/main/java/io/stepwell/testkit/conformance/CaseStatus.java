package io.stepwell.testkit.conformance;

/** How a case came out. */
public enum CaseStatus {
  /** The run matched the recording. */
  PASS,
  /** The run differed from the recording, or could not be run. */
  FAIL,
  /** The case cannot be checked here (see the reason); it proves nothing either way. */
  SKIP
}
