package dev.scaleswell.model.lake;

import java.time.Instant;
import java.time.LocalDate;

import dev.scaleswell.model.lake.LakeLayout.CuratedKey;
import dev.scaleswell.model.lake.LakeLayout.ModelKey;
import dev.scaleswell.model.lake.LakeLayout.QuarantineKey;
import dev.scaleswell.model.lake.LakeLayout.RawKey;
import dev.scaleswell.model.lake.LakeLayout.UsersKey;
import dev.scaleswell.model.record.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LakeLayoutTests {

	private static final String RUN = "20261122T081500Z-a1b2";

	@Test
	void rawKeyShouldBePartitionedByUtcDayAndHourAndRoundTrip() {
		Instant at = Instant.parse("2026-11-22T23:59:59.999Z");
		String key = LakeLayout.rawKey(Dataset.SUBMISSIONS, at, "ingest_7f9c", 42);
		assertThat(key)
			.isEqualTo("raw/submissions/dt=2026-11-22/hour=23/" + at.toEpochMilli() + "-ingest_7f9c-42.jsonl.gz");
		assertThat(LakeLayout.parseRawKey(key)).contains(new RawKey(Dataset.SUBMISSIONS, LocalDate.parse("2026-11-22"),
				23, at.toEpochMilli(), "ingest_7f9c", 42));
		assertThat(LakeLayout.rawKey(Dataset.DUEL_RESULTS, at, "i", 0)).startsWith("raw/duel-results/dt=2026-11-22/");
		String dayPrefix = LakeLayout.rawDayPrefix(Dataset.DUEL_RESULTS, LocalDate.parse("2026-11-22"));
		assertThat(dayPrefix).isEqualTo("raw/duel-results/dt=2026-11-22/");
		assertThat(LakeLayout.parseRawDayPrefix(dayPrefix)).contains(LocalDate.parse("2026-11-22"));
		assertThat(LakeLayout.parseRawDayPrefix("raw/duel-results/dt=2026-11-22/hour=01/")).isEmpty();
	}

	@Test
	void curatedQuarantineAndUsersKeysShouldRoundTrip() {
		LocalDate day = LocalDate.parse("2026-11-22");
		assertThat(LakeLayout.parseCuratedKey(LakeLayout.curatedKey(Dataset.DUEL_RESULTS, day, RUN, 3)))
			.contains(new CuratedKey(Dataset.DUEL_RESULTS, day, RUN, 3));
		assertThat(LakeLayout.curatedKey(Dataset.SUBMISSIONS, day, RUN, 0))
			.isEqualTo("curated/submissions/dt=2026-11-22/part-" + RUN + "-0.parquet");
		assertThat(LakeLayout.parseQuarantineKey(LakeLayout.quarantineKey(Dataset.SUBMISSIONS, RUN, 1)))
			.contains(new QuarantineKey(Dataset.SUBMISSIONS, RUN, 1));
		assertThat(LakeLayout.usersKey(RUN, 0)).isEqualTo("curated/users/run=" + RUN + "/part-0.parquet");
		assertThat(LakeLayout.parseUsersKey(LakeLayout.usersKey(RUN, 5))).contains(new UsersKey(RUN, 5));
	}

	@Test
	void manifestRegistryAndReportKeysShouldRoundTrip() {
		assertThat(LakeLayout.runManifestKey(RUN)).isEqualTo("_manifests/etl/runs/" + RUN + ".json");
		assertThat(LakeLayout.parseRunManifestKey(LakeLayout.runManifestKey(RUN))).contains(RUN);
		assertThat(LakeLayout.latestManifestKey()).isEqualTo("_manifests/etl/latest.json");
		assertThat(LakeLayout.etlLockKey()).isEqualTo("_manifests/etl/lock.json");
		assertThat(LakeLayout.etlDayStateKey(Dataset.DUEL_RESULTS, LocalDate.parse("2026-11-22"), RUN))
			.isEqualTo("_manifests/etl/state/duel-results/dt=2026-11-22/state-" + RUN + ".bin.gz");
		assertThat(LakeLayout.modelArtifactKey("v7")).isEqualTo("models/duel/versions/v7/model.bin");
		assertThat(LakeLayout.parseModelKey(LakeLayout.modelManifestKey("v7"))).contains(new ModelKey("v7", true));
		assertThat(LakeLayout.parseModelKey(LakeLayout.modelArtifactKey("v7"))).contains(new ModelKey("v7", false));
		for (ModelAlias alias : ModelAlias.values()) {
			assertThat(LakeLayout.parseAliasKey(LakeLayout.aliasKey(alias))).contains(alias);
		}
		assertThat(LakeLayout.aliasKey(ModelAlias.CHAMPION)).isEqualTo("models/duel/aliases/champion.json");
		assertThat(LakeLayout.parseDriftReportKey(LakeLayout.driftReportKey(RUN))).contains(RUN);
	}

	@ParameterizedTest
	@ValueSource(strings = { "raw/submissions/x.jsonl.gz", "raw/other/dt=2026-11-22/hour=01/1-a-1.jsonl.gz",
			"curated/users/run=../x/part-0.parquet", "models/duel/aliases/staging.json", "" })
	void keysOutsideTheLayoutShouldNotParse(String key) {
		assertThat(LakeLayout.parseRawKey(key)).isEmpty();
		assertThat(LakeLayout.parseUsersKey(key)).isEmpty();
		assertThat(LakeLayout.parseAliasKey(key)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "../etc", "a/b", "run id", "-leading" })
	void unsafeRunIdsShouldBeRefused(String runId) {
		assertThatIllegalArgumentException().isThrownBy(() -> LakeLayout.runManifestKey(runId));
	}

	@Test
	void instanceNamesWithTheSeparatorShouldBeRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LakeLayout.rawKey(Dataset.SUBMISSIONS, Instant.EPOCH, "pod-1", 0));
	}

}
