/**
 * Runtime errors of the States language: the {@code States.*} names as a closed set, custom error
 * names, and the failure that carries an error name and a cause through an evaluation.
 */
package io.stepwell.asl.error;
