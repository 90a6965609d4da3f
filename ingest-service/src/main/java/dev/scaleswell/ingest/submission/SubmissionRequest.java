package dev.scaleswell.ingest.submission;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The documented shape of a submission. The body is read as a JSON tree and checked by
 * the shared validator, so that wrong types are reported field by field.
 */
@Schema(description = "A warrior: 1-64 letters, digits, spaces, - ' . as name; age 13-100; a catalog hero")
record SubmissionRequest(@Schema(example = "Ada Lovelace") String name, @Schema(example = "36") int age,
		@Schema(example = "Thor") String hero) {
}
