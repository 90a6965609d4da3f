package dev.scaleswell.model.record;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import dev.scaleswell.model.validation.InputValidator;
import dev.scaleswell.model.validation.Validated;
import dev.scaleswell.model.warrior.WarriorProfile;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The raw zone's format: one JSON object per line, gzip-compressed, one dataset per
 * object. Decoding tolerates unknown fields and re-validates every line with the
 * {@link InputValidator}; a bad line is reported with its line number and never stops the
 * rest of the object.
 *
 * <pre>
 * submissions:  {"id":"…","receivedAt":"…Z","name":"Ada","age":30,"hero":"Thor"}
 * duel-results: {"id":"…","receivedAt":"…Z","name1":"Ada","name2":"Thor","winner":"Ada","occurredAt":"…Z"}
 * </pre>
 */
public final class JsonLinesCodec {

	private final JsonMapper json = JsonMapper.builder().build();

	private final InputValidator validator;

	public JsonLinesCodec(InputValidator validator) {
		this.validator = validator;
	}

	public static JsonLinesCodec standard() {
		return new JsonLinesCodec(InputValidator.standard());
	}

	/** One raw object: the records as gzip JSON lines. */
	public byte[] encode(List<? extends LakeRecord> records) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + records.size() * 96);
		try (OutputStream gzip = new GZIPOutputStream(bytes, 8192)) {
			for (LakeRecord record : records) {
				gzip.write(encodeLine(record).getBytes(StandardCharsets.UTF_8));
				gzip.write('\n');
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	public String encodeLine(LakeRecord record) {
		ObjectNode node = this.json.createObjectNode();
		node.put("id", record.id().toString());
		node.put("receivedAt", record.receivedAt().toString());
		switch (record) {
			case Submission submission -> {
				WarriorProfile warrior = submission.warrior();
				node.put("name", warrior.name());
				node.put("age", warrior.age());
				node.put("hero", warrior.hero().name());
			}
			case DuelResult result -> {
				node.put("name1", result.outcome().name1());
				node.put("name2", result.outcome().name2());
				node.put("winner", result.outcome().winner());
				if (result.outcome().occurredAt() != null) {
					node.put("occurredAt", result.outcome().occurredAt().toString());
				}
			}
		}
		return this.json.writeValueAsString(node);
	}

	/**
	 * Decodes one raw object of {@code dataset}.
	 * @throws IOException if the object is not valid gzip (corrupt or truncated): the
	 * caller treats the object as a whole
	 */
	public DecodedObject decode(Dataset dataset, byte[] gzipped) throws IOException {
		List<LakeRecord> records = new ArrayList<>();
		List<LineError> errors = new ArrayList<>();
		try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(gzipped), 16384)) {
			Utf8Lines lines = new Utf8Lines(gzip, 65536);
			String line;
			int lineNumber = 0;
			while ((line = lines.next()) != null) {
				lineNumber++;
				if (line.isBlank()) {
					continue;
				}
				Decoded decoded = decodeLine(dataset, line, lineNumber);
				if (decoded.record() != null) {
					records.add(decoded.record());
				}
				else {
					errors.add(decoded.error());
				}
			}
		}
		return new DecodedObject(records, errors);
	}

	/** Decodes one line: a record, or an error naming the line and the reason. */
	public Decoded decodeLine(Dataset dataset, String line, int lineNumber) {
		if (dataset == Dataset.SUBMISSIONS) {
			Submission submission = simpleSubmission(line);
			if (submission != null) {
				return Decoded.record(submission);
			}
		}
		JsonNode node;
		try {
			node = this.json.readTree(line);
		}
		catch (JacksonException ex) {
			return Decoded.error(lineNumber, line, "malformed JSON: " + ex.getOriginalMessage());
		}
		if (node == null || !node.isObject()) {
			return Decoded.error(lineNumber, line, "line is not a JSON object");
		}
		UUID id;
		Instant receivedAt;
		try {
			id = UUID.fromString(node.path("id").asString(""));
			receivedAt = instant(node.path("receivedAt").asString(""));
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			return Decoded.error(lineNumber, line, "id must be a UUID and receivedAt an ISO-8601 instant");
		}
		return switch (dataset) {
			case SUBMISSIONS -> switch (this.validator.warrior(node)) {
				case Validated.Valid<WarriorProfile> valid ->
					Decoded.record(new Submission(id, receivedAt, valid.value()));
				case Validated.Invalid<WarriorProfile> invalid -> Decoded.error(lineNumber, line, invalid.summary());
			};
			case DUEL_RESULTS -> switch (this.validator.duelResult(node)) {
				case Validated.Valid<DuelOutcome> valid ->
					Decoded.record(new DuelResult(id, receivedAt, valid.value()));
				case Validated.Invalid<DuelOutcome> invalid -> Decoded.error(lineNumber, line, invalid.summary());
			};
		};
	}

	/**
	 * The fast path for a valid submission of the usual shape, with the same rules as the
	 * JSON tree path; {@code null} sends the line down that path, which also words the
	 * errors.
	 */
	private @Nullable Submission simpleSubmission(String line) {
		SubmissionLineScanner fields = SubmissionLineScanner.scan(line);
		if (fields == null || fields.id == null || fields.receivedAt == null || fields.name == null
				|| fields.hero == null) {
			return null;
		}
		try {
			UUID id = UUID.fromString(fields.id);
			Instant receivedAt = instant(fields.receivedAt);
			return (this.validator.warrior(fields.name, fields.age,
					fields.hero) instanceof Validated.Valid<WarriorProfile> valid)
							? new Submission(id, receivedAt, valid.value()) : null;
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			return null;
		}
	}

	private static Instant instant(String text) {
		Instant usual = IsoInstants.parse(text);
		return (usual != null) ? usual : Instant.parse(text);
	}

	/** A decoded line: exactly one of {@code record} and {@code error} is set. */
	public record Decoded(@Nullable LakeRecord record, @Nullable LineError error) {

		static Decoded record(LakeRecord record) {
			return new Decoded(record, null);
		}

		static Decoded error(int lineNumber, String line, String reason) {
			return new Decoded(null, new LineError(lineNumber, line, reason));
		}

	}

}
