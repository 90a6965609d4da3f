package dev.scaleswell.ingest.duel;

import java.time.Instant;

import dev.scaleswell.ingest.idempotency.IdempotentRequests;
import dev.scaleswell.ingest.storage.DurableWrites;
import dev.scaleswell.ingest.storage.IngestMeters;
import dev.scaleswell.ingest.system.Clients;
import dev.scaleswell.ingest.system.InvalidInputException;
import dev.scaleswell.ingest.system.JsonBodyReader;
import dev.scaleswell.ingest.system.ServerTiming;
import dev.scaleswell.model.record.Dataset;
import dev.scaleswell.model.record.DuelOutcome;
import dev.scaleswell.model.record.DuelResult;
import dev.scaleswell.model.validation.InputValidator;
import dev.scaleswell.model.validation.Validated;
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
class DuelResultController {

	private final JsonBodyReader bodies;

	private final InputValidator validator;

	private final IdempotentRequests idempotency;

	private final DurableWrites writes;

	private final Counter rejected;

	DuelResultController(JsonBodyReader bodies, InputValidator validator, IdempotentRequests idempotency,
			DurableWrites writes, MeterRegistry meters) {
		this.bodies = bodies;
		this.validator = validator;
		this.idempotency = idempotency;
		this.writes = writes;
		this.rejected = IngestMeters.records(meters, Dataset.DUEL_RESULTS.path(), "rejected");
	}

	@Operation(summary = "Record a duel result", description = "Answers 201 only once the result is stored in S3.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(schema = @Schema(implementation = DuelResultRequest.class))))
	@ApiResponse(responseCode = "201", description = "stored")
	@ApiResponse(responseCode = "400", description = "invalid input",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@ApiResponse(responseCode = "503", description = "not stored, retry after Retry-After",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@PostMapping(path = "/duel-results", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<DuelResultResponse> record(HttpServletRequest request, @Parameter(
			description = "makes retries safe: the same key returns the first response and stores nothing new") @RequestHeader(
					name = IdempotentRequests.HEADER, required = false) @Nullable String idempotencyKey) {
		DuelOutcome duel = validate(request);
		IdempotentRequests.Outcome<DuelResultResponse> outcome = this.idempotency.execute(Dataset.DUEL_RESULTS,
				Clients.idempotencyScope(request), idempotencyKey, duel, (id) -> {
					DuelResult result = new DuelResult(id, Instant.now(), duel);
					long start = System.nanoTime();
					this.writes.store(result);
					ServerTiming.record(request, "store", System.nanoTime() - start);
					return new DuelResultResponse(id, duel.name1(), duel.name2(), duel.winner(), duel.occurredAt(),
							result.receivedAt());
				});
		return ResponseEntity.status(HttpStatus.CREATED)
			.header("Idempotent-Replayed", Boolean.toString(outcome.replayed()))
			.body(outcome.response());
	}

	private DuelOutcome validate(HttpServletRequest request) {
		return switch (this.validator.duelResult(this.bodies.read(request))) {
			case Validated.Valid<DuelOutcome> valid -> valid.value();
			case Validated.Invalid<DuelOutcome> invalid -> {
				this.rejected.increment();
				throw new InvalidInputException(invalid.violations());
			}
		};
	}

}
