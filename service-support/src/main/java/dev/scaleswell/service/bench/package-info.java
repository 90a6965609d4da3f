/**
 * The bare endpoint benchmarks compare a service with, in the same JVM.
 */
@NullMarked
package dev.scaleswell.service.bench;

import org.jspecify.annotations.NullMarked;
