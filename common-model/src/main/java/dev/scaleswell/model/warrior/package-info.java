@NullMarked
package dev.scaleswell.model.warrior;

import org.jspecify.annotations.NullMarked;
