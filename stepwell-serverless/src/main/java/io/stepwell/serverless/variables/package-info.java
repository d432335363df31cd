/**
 * The Serverless Framework's {@code ${source:address, fallback}} variables: the parser and the
 * resolver ({@code self}, {@code opt}, {@code env}, {@code sls}, {@code aws}, {@code file}).
 */
package io.stepwell.serverless.variables;
