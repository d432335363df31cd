/** The Step Functions API: one JSON action per AWS action, mapped onto the engine. */
package io.stepwell.server.sfn;
