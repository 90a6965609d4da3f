@NullMarked
package dev.scaleswell.model.hero;

import org.jspecify.annotations.NullMarked;
