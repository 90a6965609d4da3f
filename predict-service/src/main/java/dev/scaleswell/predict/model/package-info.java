/**
 * The models that answer: the registry's champion and challenger, watched, loaded and
 * verified off the request path, and swapped atomically.
 */
@NullMarked
package dev.scaleswell.predict.model;

import org.jspecify.annotations.NullMarked;
