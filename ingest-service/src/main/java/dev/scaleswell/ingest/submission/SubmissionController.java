package dev.scaleswell.ingest.submission;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import dev.scaleswell.ingest.idempotency.IdempotentRequests;
import dev.scaleswell.ingest.prediction.PredictionClient;
import dev.scaleswell.ingest.prediction.PredictionResult;
import dev.scaleswell.ingest.storage.DurableWrites;
import dev.scaleswell.ingest.storage.IngestMeters;
import dev.scaleswell.ingest.system.Clients;
import dev.scaleswell.ingest.system.InvalidInputException;
import dev.scaleswell.ingest.system.JsonBodyReader;
import dev.scaleswell.ingest.system.ServerTiming;
import dev.scaleswell.model.record.Dataset;
import dev.scaleswell.model.record.Submission;
import dev.scaleswell.model.validation.InputValidator;
import dev.scaleswell.model.validation.Validated;
import dev.scaleswell.model.warrior.WarriorProfile;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SubmissionController {

	private final JsonBodyReader bodies;

	private final InputValidator validator;

	private final IdempotentRequests idempotency;

	private final DurableWrites writes;

	private final PredictionClient predictions;

	private final Counter rejected;

	SubmissionController(JsonBodyReader bodies, InputValidator validator, IdempotentRequests idempotency,
			DurableWrites writes, PredictionClient predictions, MeterRegistry meters) {
		this.bodies = bodies;
		this.validator = validator;
		this.idempotency = idempotency;
		this.writes = writes;
		this.predictions = predictions;
		this.rejected = IngestMeters.records(meters, Dataset.SUBMISSIONS.path(), "rejected");
	}

	@Operation(summary = "Submit a warrior",
			description = "Answers 201 only once the warrior is stored in S3; the instant prediction is best effort.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(schema = @Schema(implementation = SubmissionRequest.class))))
	@ApiResponse(responseCode = "201", description = "stored")
	@ApiResponse(responseCode = "400", description = "invalid input",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@ApiResponse(responseCode = "503", description = "not stored, retry after Retry-After",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@PostMapping(path = "/submit-user-data", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<SubmissionResponse> submit(HttpServletRequest request, @Parameter(
			description = "makes retries safe: the same key returns the first response and stores nothing new") @RequestHeader(
					name = IdempotentRequests.HEADER, required = false) @Nullable String idempotencyKey) {
		WarriorProfile warrior = validate(request);
		IdempotentRequests.Outcome<SubmissionResponse> outcome = this.idempotency.execute(Dataset.SUBMISSIONS,
				Clients.idempotencyScope(request), idempotencyKey, warrior, (id) -> {
					CompletableFuture<PredictionResult> prediction = this.predictions.predict(warrior);
					Submission submission = new Submission(id, Instant.now(), warrior);
					long start = System.nanoTime();
					this.writes.store(submission);
					ServerTiming.record(request, "store", System.nanoTime() - start);
					PredictionResult result = prediction.join();
					return new SubmissionResponse(id, warrior.name(), warrior.age(), warrior.hero().name(),
							submission.receivedAt(), result.prediction(), result.status());
				});
		return ResponseEntity.status(HttpStatus.CREATED)
			.header("Idempotent-Replayed", Boolean.toString(outcome.replayed()))
			.body(outcome.response());
	}

	private WarriorProfile validate(HttpServletRequest request) {
		return switch (this.validator.warrior(this.bodies.read(request))) {
			case Validated.Valid<WarriorProfile> valid -> valid.value();
			case Validated.Invalid<WarriorProfile> invalid -> {
				this.rejected.increment();
				throw new InvalidInputException(invalid.violations());
			}
		};
	}

}
