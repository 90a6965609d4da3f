/**
 * The reference system's operational endpoints.
 */
@NullMarked
package dev.scaleswell.service.root;

import org.jspecify.annotations.NullMarked;
