/**
 * Running definitions in memory: a driver with a virtual clock, test functions that answer Task
 * states, and the conformance runner over AWS-recorded cases.
 */
package io.stepwell.testkit;
