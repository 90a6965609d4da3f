/**
 * {@code POST /warriors/rating}: a warrior's strength against every hero, as
 * ingest-service asks for it.
 */
@NullMarked
package dev.scaleswell.predict.rating;

import org.jspecify.annotations.NullMarked;
