/**
 * The web console served at the server's root URL: its static files (plain ES modules under {@code
 * console/} on the classpath), the WebJars it loads (Lit, Cytoscape, Monaco) read from {@code
 * META-INF/resources/webjars/}, and a server-sent-events stream of history events for live
 * execution views. Everything else the console shows comes from the AWS-compatible APIs.
 */
package io.stepwell.server.console;
