/**
 * Configuration: where the services are, the client that reaches them.
 */
@NullMarked
package dev.scaleswell.console.system;

import org.jspecify.annotations.NullMarked;
