/**
 * The pages and the little they need from the console itself.
 */
@NullMarked
package dev.scaleswell.console.page;

import org.jspecify.annotations.NullMarked;
