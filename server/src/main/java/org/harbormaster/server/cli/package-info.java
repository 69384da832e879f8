/**
 * The {@code harbormaster} command line (picocli): one class per subcommand, registered in
 * {@link org.harbormaster.server.cli.HarbormasterCommand}.
 */
package org.harbormaster.server.cli;
