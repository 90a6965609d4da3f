/**
 * Auto-configuration RFC 9457 problem details: the catalogue of problem types and what
 * renders them.
 */
@NullMarked
package dev.scaleswell.service.problem;

import org.jspecify.annotations.NullMarked;
