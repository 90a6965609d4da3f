/**
 * {@code POST /submit-user-data}: a warrior is validated, stored durably and answered
 * with an instant prediction when predict-service can give one in time.
 */
@NullMarked
package dev.scaleswell.ingest.submission;

import org.jspecify.annotations.NullMarked;
