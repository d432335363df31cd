/**
 * How the engine works inside: the journal codec, replay, the per-execution step loop, the timer
 * loop. Not API: it may change without notice.
 */
package io.stepwell.engine.internal;
