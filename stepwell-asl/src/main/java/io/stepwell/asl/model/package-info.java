/**
 * The parsed state machine: one inert record per ASL construct, with its paths, templates and rules
 * compiled once per definition so that executions do no parsing.
 */
package io.stepwell.asl.model;
