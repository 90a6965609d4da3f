/**
 * Health details every service reports: S3 reachability.
 */
@NullMarked
package dev.scaleswell.service.health;

import org.jspecify.annotations.NullMarked;
