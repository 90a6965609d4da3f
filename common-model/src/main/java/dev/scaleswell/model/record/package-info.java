@NullMarked
package dev.scaleswell.model.record;

import org.jspecify.annotations.NullMarked;
