/**
 * The one lake fixture builder of every module's tests and benchmarks, on curated-lake's
 * schemas and commit protocol.
 */
@NullMarked
package dev.scaleswell.testsupport.lake;

import org.jspecify.annotations.NullMarked;
