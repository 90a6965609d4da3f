package dev.scaleswell.model.registry;

import java.time.Instant;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.scaleswell.model.lake.LakeLayout;

import static org.assertj.core.api.Assertions.assertThat;

class ModelVersionsTests {

	@Test
	void newVersionIsATimestampAndSixHexDigits() {
		String version = ModelVersions.newVersion(Instant.parse("2026-12-01T19:00:04.789Z"), new SplittableRandom(1L));
		assertThat(version).matches("20261201T190004Z-[0-9a-f]{6}");
		assertThat(LakeLayout.isToken(version)).isTrue();
	}

	@Test
	void versionsSortByCreationTime() {
		SplittableRandom random = new SplittableRandom(2L);
		String earlier = ModelVersions.newVersion(Instant.parse("2026-12-01T19:00:04Z"), random);
		String later = ModelVersions.newVersion(Instant.parse("2026-12-01T19:05:00Z"), random);
		assertThat(earlier).isLessThan(later);
	}

}
