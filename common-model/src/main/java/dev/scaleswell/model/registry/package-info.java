/**
 * The model registry in S3: immutable versions (artifact plus manifest) and the alias
 * pointers (champion, challenger) that serving follows, replaced only by conditional
 * writes.
 */
@NullMarked
package dev.scaleswell.model.registry;

import org.jspecify.annotations.NullMarked;
