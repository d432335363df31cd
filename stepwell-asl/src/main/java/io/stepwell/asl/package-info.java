/**
 * The Amazon States Language. This module is pure: it does no I/O, starts no threads, reads no
 * clock and draws no random numbers of its own. Time, randomness and identifiers come in through
 * {@link io.stepwell.asl.Entropy} and the events handed to the interpreter, so replaying the same
 * events gives the same result.
 */
package io.stepwell.asl;
