package dev.scaleswell.lake.aggregate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.scaleswell.lake.S3Traffic;
import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.lake.EtlManifest;
import dev.scaleswell.testsupport.EmbeddedS3;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published aggregates object: named by the manifest it describes, carrying that
 * manifest's version, and readable by an older reader after fields were added.
 */
class PublishedAggregatesTests {

	private static final EtlManifest STATE = new EtlManifest("20261201T190000Z-ab12cd",
			Instant.parse("2026-12-01T19:00:04Z"), List.of(), Map.of(), EtlManifest.Totals.NONE,
			"20261201T185500Z-0a1b2c", null);

	@RegisterExtension
	static final EmbeddedS3 server = new EmbeddedS3();

	S3Traffic s3;

	PublishedAggregates published;

	@BeforeEach
	void lake() {
		this.s3 = new S3Traffic(server);
		this.published = new PublishedAggregates(this.s3.client(), this.s3.bucket(), HeroCatalog.standard());
	}

	@Test
	void publishShouldWriteTheAggregatesOfTheStateAndNameThemInItsManifest() {
		EtlManifest named = this.published.publish(STATE);

		assertThat(named).isEqualTo(STATE.withAggregates("_manifests/etl/aggregates/20261201T190000Z-ab12cd.json"));
		Aggregates aggregates = this.published.read(named.aggregates());
		assertThat(aggregates).isEqualTo(new AggregateBuilder(HeroCatalog.standard()).build(DataVersion.of(STATE)));
		assertThat(aggregates.analytics().etlRunId()).isEqualTo(STATE.runId());
		assertThat(aggregates.analytics().dataAsOf()).isEqualTo(STATE.committedAt());
	}

	@Test
	void readShouldIgnoreFieldsAddedByLaterVersions() {
		String key = this.published.publish(STATE).aggregates();
		Aggregates before = this.published.read(key);
		String json = new String(
				this.s3.client().getObjectAsBytes((request) -> request.bucket(this.s3.bucket()).key(key)).asByteArray(),
				StandardCharsets.UTF_8);
		String later = json.replaceFirst("\\{", "{\"future\":{\"nested\":1},")
			.replace("\"totalUsers\"", "\"futureCount\":7,\"totalUsers\"");
		assertThat(later).isNotEqualTo(json);
		this.s3.client()
			.putObject((request) -> request.bucket(this.s3.bucket()).key(key), RequestBody.fromString(later));

		assertThat(this.published.read(key)).isEqualTo(before);
	}

}
