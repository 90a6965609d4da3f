/**
 * The web console: pages and same-origin forwarding to the services.
 */
@NullMarked
package dev.scaleswell.console;

import org.jspecify.annotations.NullMarked;
