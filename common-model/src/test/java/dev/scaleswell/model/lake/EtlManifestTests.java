package dev.scaleswell.model.lake;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.scaleswell.model.lake.EtlManifest.Totals;
import dev.scaleswell.model.record.Dataset;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EtlManifestTests {

	private static final String CONTRACT_EXAMPLE = """
			{"runId":"20261201T190000Z-ab12cd","committedAt":"2026-12-01T19:00:04Z",
			 "usersFiles":["curated/users/run=20261201T190000Z-ab12cd/part-0.parquet"],
			 "curatedFiles":{"submissions":["curated/submissions/dt=2026-12-01/part-20261201T190000Z-ab12cd-0.parquet"],
			   "duel-results":["curated/duel-results/dt=2026-12-01/part-20261201T190000Z-ab12cd-0.parquet"]},
			 "totals":{"submissions":123,"duelResults":45,"users":100},
			 "modelVersion":null, "driftReport":null}
			""";

	@Test
	void contractExampleShouldReadAndRoundTrip() {
		EtlManifest manifest = EtlManifest.fromJson(CONTRACT_EXAMPLE.getBytes(StandardCharsets.UTF_8));
		assertThat(manifest.runId()).isEqualTo("20261201T190000Z-ab12cd");
		assertThat(manifest.committedAt()).isEqualTo(Instant.parse("2026-12-01T19:00:04Z"));
		assertThat(manifest.curatedFiles(Dataset.DUEL_RESULTS))
			.containsExactly("curated/duel-results/dt=2026-12-01/part-20261201T190000Z-ab12cd-0.parquet");
		assertThat(manifest.totals()).isEqualTo(new Totals(123, 45, 100));
		assertThat(manifest.modelVersion()).isNull();
		assertThat(EtlManifest.fromJson(manifest.toJson())).isEqualTo(manifest);
	}

	@Test
	void jsonShouldUseTheContractNamesWithIsoInstantsAndExplicitNulls() {
		EtlManifest manifest = new EtlManifest("r1", Instant.parse("2026-12-01T19:00:04Z"), List.of("u"),
				Map.of("submissions", List.of("a", "b")), new Totals(2, 0, 1), null, null);
		JsonNode json = JsonMapper.builder().build().readTree(manifest.toJson());
		assertThat(json.get("committedAt").stringValue()).isEqualTo("2026-12-01T19:00:04Z");
		assertThat(json.get("curatedFiles").get("duel-results").isArray()).isTrue();
		assertThat(json.get("curatedFiles").get("submissions")).hasSize(2);
		assertThat(json.get("totals").get("duelResults").asInt()).isZero();
		assertThat(json.has("modelVersion")).isTrue();
		assertThat(json.get("driftReport").isNull()).isTrue();
	}

	@Test
	void withTrainingShouldKeepTheCuratedFilesAndRecordTheChampion() {
		EtlManifest manifest = EtlManifest.fromJson(CONTRACT_EXAMPLE.getBytes(StandardCharsets.UTF_8));
		Instant later = Instant.parse("2026-12-01T19:01:00Z");
		EtlManifest trained = manifest.withTraining(List.of("rated"), "v2", "reports/drift/r.json", later);
		assertThat(trained.curatedFiles()).isEqualTo(manifest.curatedFiles());
		assertThat(trained.usersFiles()).containsExactly("rated");
		assertThat(trained.modelVersion()).isEqualTo("v2");
		assertThat(trained.driftReport()).isEqualTo("reports/drift/r.json");
		assertThat(trained.committedAt()).isEqualTo(later);
	}

	@Test
	void aggregatesShouldRoundTripAndBeDroppedByTraining() {
		EtlManifest manifest = EtlManifest.fromJson(CONTRACT_EXAMPLE.getBytes(StandardCharsets.UTF_8));
		assertThat(manifest.aggregates()).as("a manifest of an ETL without the aggregates step").isNull();
		EtlManifest published = manifest.withAggregates("_manifests/etl/aggregates/20261201T190000Z-ab12cd.json");
		assertThat(EtlManifest.fromJson(published.toJson())).isEqualTo(published);
		assertThat(published.withTraining(published.usersFiles(), "v2", null, published.committedAt()).aggregates())
			.isNull();
	}

	@Test
	void unknownFieldsShouldBeIgnoredAndGarbageRejected() {
		String withExtra = CONTRACT_EXAMPLE.replace("\"modelVersion\"", "\"future\":1,\"modelVersion\"");
		assertThat(EtlManifest.fromJson(withExtra.getBytes(StandardCharsets.UTF_8)).runId())
			.isEqualTo("20261201T190000Z-ab12cd");
		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> EtlManifest.fromJson("[1]".getBytes(StandardCharsets.UTF_8)));
	}

}
