/**
 * Registry commands: promote, roll back, demote the challenger, list versions. Every
 * alias change is a conditional write on the ETag that was read, so concurrent changes
 * cannot interleave.
 */
@NullMarked
package dev.scaleswell.etl.registry;

import org.jspecify.annotations.NullMarked;
