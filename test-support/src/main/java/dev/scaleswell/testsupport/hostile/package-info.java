/**
 * Hostile inputs: generated HTTP requests no well-behaved client sends, sent over raw
 * sockets, and the check that every answer is a valid 2xx or a 4xx problem detail.
 */
@NullMarked
package dev.scaleswell.testsupport.hostile;

import org.jspecify.annotations.NullMarked;
