/**
 * Auto-configuration shared by every Scales Well service.
 */
@NullMarked
package dev.scaleswell.service;

import org.jspecify.annotations.NullMarked;
