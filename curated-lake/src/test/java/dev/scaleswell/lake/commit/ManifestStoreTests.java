package dev.scaleswell.lake.commit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.scaleswell.lake.S3Traffic;
import dev.scaleswell.model.lake.EtlManifest;
import dev.scaleswell.testsupport.EmbeddedS3;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code latest.json}: the conditional read every service follows the ETL with, and the
 * conditional replace that commits a run.
 */
class ManifestStoreTests {

	@RegisterExtension
	static final EmbeddedS3 server = new EmbeddedS3();

	S3Traffic s3;

	ManifestStore store;

	@BeforeEach
	void lake() {
		this.s3 = new S3Traffic(server);
		this.store = new ManifestStore(this.s3.client(), this.s3.bucket());
	}

	@Test
	void readShouldTellAbsentChangedAndUnchanged() {
		assertThat(this.store.read(null)).isInstanceOf(ManifestState.Absent.class);
		this.store.commit(manifest("run-1"), null);
		ManifestState first = this.store.read(null);
		assertThat(first).isInstanceOfSatisfying(ManifestState.Changed.class,
				(changed) -> assertThat(changed.manifest().runId()).isEqualTo("run-1"));
		String etag = ((ManifestState.Changed) first).etag();
		assertThat(this.store.read(etag)).isInstanceOf(ManifestState.Unchanged.class);
		assertThat(this.store.read("\"another\"")).isInstanceOf(ManifestState.Changed.class);
	}

	@Test
	void readOfAnUnchangedManifestShouldBeOneConditionalGetAnsweredNotModified() {
		String etag = this.store.commit(manifest("run-1"), null);
		this.s3.reset();
		assertThat(this.store.read(etag)).isInstanceOf(ManifestState.Unchanged.class);
		assertThat(this.s3.answers()).containsExactly(new S3Traffic.Answer("GET", 304, 0));
	}

	@Test
	void readOfAChangedManifestShouldBeOneGetWhoseEtagIsThatOfTheBodyRead() {
		String first = this.store.commit(manifest("run-1"), null);
		String second = this.store.commit(manifest("run-2"), first);
		this.s3.reset();
		assertThat(this.store.read(first)).isEqualTo(new ManifestState.Changed(manifest("run-2"), second));
		assertThat(this.s3.answers()).extracting(S3Traffic.Answer::method, S3Traffic.Answer::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("GET", 200));
	}

	@Test
	void commitBasedOnAStaleEtagShouldBeRefused() {
		String first = this.store.commit(manifest("run-1"), null);
		this.store.commit(manifest("run-2"), first);
		assertThatExceptionOfType(ManifestConflictException.class)
			.isThrownBy(() -> this.store.commit(manifest("run-3"), first));
		assertThatExceptionOfType(ManifestConflictException.class)
			.isThrownBy(() -> this.store.commit(manifest("run-3"), null));
		assertThat(this.store.latest())
			.hasValueSatisfying((latest) -> assertThat(latest.manifest().runId()).isEqualTo("run-2"));
	}

	private static EtlManifest manifest(String runId) {
		return new EtlManifest(runId, Instant.parse("2026-12-01T19:00:00Z"), List.of(), Map.of(),
				EtlManifest.Totals.NONE, null, null);
	}

}
