/** The {@code stepwell} command line: one picocli command class per subcommand. */
package io.stepwell.cli;
