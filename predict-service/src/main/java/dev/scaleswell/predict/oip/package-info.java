/**
 * The Open Inference Protocol (KServe v2) face of the duel model, for standard inference
 * clients.
 */
@NullMarked
package dev.scaleswell.predict.oip;

import org.jspecify.annotations.NullMarked;
