@NullMarked
package dev.scaleswell.model.s3;

import org.jspecify.annotations.NullMarked;
