package dev.scaleswell.model.record;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.warrior.WarriorProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

class JsonLinesCodecTests {

	private static final Instant RECEIVED = Instant.parse("2026-11-22T08:15:30.123Z");

	private final JsonLinesCodec codec = JsonLinesCodec.standard();

	@Test
	void encodedRecordsShouldDecodeToEqualRecords() throws IOException {
		Submission submission = new Submission(RecordIds.newId(), RECEIVED,
				new WarriorProfile("Zoë O'Brien", 27, HeroCatalog.standard().find("Storm").orElseThrow()));
		DuelResult withTime = new DuelResult(RecordIds.newId(), RECEIVED,
				new DuelOutcome("Ada", "Thor", "Thor", Instant.parse("2026-11-21T10:00:00Z")));
		DuelResult withoutTime = new DuelResult(RecordIds.newId(), RECEIVED,
				new DuelOutcome("Ada", "Bob", "Ada", null));

		assertThat(this.codec.decode(Dataset.SUBMISSIONS, this.codec.encode(List.of(submission))).records())
			.containsExactly(submission);
		DecodedObject duels = this.codec.decode(Dataset.DUEL_RESULTS,
				this.codec.encode(List.of(withTime, withoutTime)));
		assertThat(duels.records()).containsExactly(withTime, withoutTime);
		assertThat(duels.errors()).isEmpty();
	}

	@Test
	void encodedLineShouldBeTheDocumentedFlatJson() {
		UUID id = UUID.fromString("019a8f7e-0000-7000-8000-000000000001");
		Submission submission = new Submission(id, RECEIVED,
				new WarriorProfile("Ada", 30, HeroCatalog.standard().find("thor").orElseThrow()));
		assertThat(this.codec.encodeLine(submission)).isEqualTo(
				"{\"id\":\"019a8f7e-0000-7000-8000-000000000001\",\"receivedAt\":\"2026-11-22T08:15:30.123Z\",\"name\":\"Ada\",\"age\":30,\"hero\":\"Thor\"}");
	}

	@Test
	void unknownFieldsShouldBeTolerated() throws IOException {
		String line = "{\"id\":\"019a8f7e-0000-7000-8000-000000000001\",\"receivedAt\":\"2026-11-22T08:15:30Z\","
				+ "\"name\":\"Ada\",\"age\":30,\"hero\":\"Thor\",\"clientVersion\":\"2.1\",\"tags\":[1,2]}";
		DecodedObject decoded = this.codec.decode(Dataset.SUBMISSIONS, gzip(line));
		assertThat(decoded.errors()).isEmpty();
		assertThat(decoded.records()).singleElement()
			.satisfies((record) -> assertThat(((Submission) record).warrior().name()).isEqualTo("Ada"));
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"{\"id\":\"%s\",\"receivedAt\":\"2026-11-22T08:15:30Z\",\"name\":\"Ada\",\"age\":30,\"hero\":\"Thor\"}",
			" { \"hero\" : \"thor\" , \"age\" : 100 , \"name\" : \"  Zoë  Åberg \", \"receivedAt\":\"2026-11-22T08:15:30.123Z\", \"id\":\"%s\" } ",
			"{\"id\":\"%s\",\"receivedAt\":\"2026-11-22T08:15:30Z\",\"name\":\"Jose\\u0301\",\"age\":13,\"hero\":\"Thor\"}",
			"{\"id\":\"%s\",\"receivedAt\":\"2026-11-22T08:15:30Z\",\"name\":\"Ada\",\"age\":020,\"hero\":\"Thor\"}",
			"{\"id\":\"%s\",\"receivedAt\":\"2026-11-22T08:15:30Z\",\"name\":\"Ada\",\"age\":1e2,\"hero\":\"Thor\"}",
			"{\"id\":\"%s\",\"receivedAt\":\"2026-11-22T08:15:30Z\",\"name\":\"Ada\",\"age\":101,\"hero\":\"Thor\"}",
			"{\"id\":\"%s\",\"receivedAt\":\"2026-11-22T08:15:30Z\",\"name\":\"Ada\",\"name\":\"Bob\",\"age\":30,\"hero\":\"Thor\"}",
			"{\"id\":\"%s\",\"receivedAt\":\"2026-11-22T08:15:30Z\",\"name\":\"Hulk\",\"age\":30,\"hero\":\"Thor\"}",
			"{\"id\":\"%s\",\"receivedAt\":\"2026-11-22T08:15:30Z\",\"name\":\"A<b>\",\"age\":30,\"hero\":\"Nobody\"}",
			"{\"id\":\"%s\",\"receivedAt\":\"yesterday\",\"name\":\"Ada\",\"age\":30,\"hero\":\"Thor\"}",
			"{\"id\":\"%s\",\"receivedAt\":\"2026-11-22T08:15:30Z\",\"name\":\"Ada\",\"age\":30,\"hero\":\"Thor\"} x" })
	void theFastPathShouldDecodeExactlyAsTheJsonTree(String template) {
		String line = template.formatted(UUID.randomUUID());
		// an unknown field sends the same content down the JSON tree path only
		String viaTree = line.replaceFirst("\\{", "{\"via\":[\"tree\"],");
		JsonLinesCodec.Decoded fast = this.codec.decodeLine(Dataset.SUBMISSIONS, line, 1);
		JsonLinesCodec.Decoded tree = this.codec.decodeLine(Dataset.SUBMISSIONS, viaTree, 1);
		assertThat(fast.record()).isEqualTo(tree.record());
		assertThat((fast.error() != null) ? fast.error().reason() : null)
			.isEqualTo((tree.error() != null) ? tree.error().reason() : null);
	}

	@Test
	void badLinesShouldBeReportedWithLineNumberAndReasonWithoutStoppingTheObject() throws IOException {
		String good = "{\"id\":\"019a8f7e-0000-7000-8000-000000000001\",\"receivedAt\":\"2026-11-22T08:15:30Z\","
				+ "\"name\":\"Ada\",\"age\":30,\"hero\":\"Thor\"}";
		DecodedObject decoded = this.codec.decode(Dataset.SUBMISSIONS,
				gzip(good, "{not json", "[1,2]", "", "{\"id\":\"nope\",\"receivedAt\":\"2026-11-22T08:15:30Z\"}",
						good.replace("\"age\":30", "\"age\":7"),
						good.replace("Thor\"", "Thor\"").replace("Ada", "Thor"), good));
		assertThat(decoded.records()).hasSize(2);
		assertThat(decoded.errors()).extracting(LineError::lineNumber).containsExactly(2, 3, 5, 6, 7);
		assertThat(decoded.errors()).extracting(LineError::reason)
			.satisfiesExactly((reason) -> assertThat(reason).startsWith("malformed JSON: "),
					(reason) -> assertThat(reason).isEqualTo("line is not a JSON object"),
					(reason) -> assertThat(reason).isEqualTo("id must be a UUID and receivedAt an ISO-8601 instant"),
					(reason) -> assertThat(reason).isEqualTo("age must be between 13 and 100, was 7"),
					(reason) -> assertThat(reason).isEqualTo("name 'Thor' is reserved for a hero"));
		assertThat(decoded.errors().get(0).line()).isEqualTo("{not json");
	}

	@Test
	void corruptOrTruncatedGzipShouldFailTheWholeObject() {
		byte[] valid = gzip("{\"a\":1}", "{\"b\":2}");
		assertThatIOException().isThrownBy(() -> this.codec.decode(Dataset.SUBMISSIONS, Arrays.copyOf(valid, 12)));
		assertThatIOException()
			.isThrownBy(() -> this.codec.decode(Dataset.SUBMISSIONS, "plain text".getBytes(StandardCharsets.UTF_8)));
	}

	private static byte[] gzip(String... lines) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
			out.write(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return bytes.toByteArray();
	}

}
