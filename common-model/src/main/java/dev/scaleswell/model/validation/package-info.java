@NullMarked
package dev.scaleswell.model.validation;

import org.jspecify.annotations.NullMarked;
