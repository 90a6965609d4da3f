package dev.scaleswell.model.lake;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.scaleswell.model.record.Dataset;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ETL's commit point, {@code _manifests/etl/latest.json}: the run whose outputs
 * readers use. {@code curatedFiles} is the cumulative list of every committed curated
 * file per dataset path ({@code submissions}, {@code duel-results}); readers use it and
 * never a prefix listing, so the files of a crashed run stay invisible.
 *
 * @param runId the run that committed this manifest
 * @param committedAt when it was committed
 * @param usersFiles the users snapshot of {@code runId}
 * @param curatedFiles every committed curated file, by dataset path
 * @param totals row counts over every committed file
 * @param modelVersion the champion that rated the users, {@code null} until the train
 * step rates them
 * @param driftReport the key of this run's drift report, {@code null} until written
 * @param aggregates the key of the aggregates published for exactly this state (see
 * curated-lake's {@code dev.scaleswell.lake.aggregate}); {@code null} when the run wrote
 * none (an older ETL, or curate's own commit before the run's last step)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({ "runId", "committedAt", "usersFiles", "curatedFiles", "totals", "modelVersion", "driftReport",
		"aggregates" })
public record EtlManifest(String runId, Instant committedAt, List<String> usersFiles,
		Map<String, List<String>> curatedFiles, Totals totals, @Nullable String modelVersion,
		@Nullable String driftReport, @Nullable String aggregates) {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	public EtlManifest {
		Objects.requireNonNull(runId, "runId");
		Objects.requireNonNull(committedAt, "committedAt");
		usersFiles = List.copyOf(usersFiles);
		Map<String, List<String>> files = new LinkedHashMap<>();
		for (Dataset dataset : Dataset.values()) {
			files.put(dataset.path(), List.copyOf(curatedFiles.getOrDefault(dataset.path(), List.of())));
		}
		curatedFiles = Map.copyOf(files);
		Objects.requireNonNull(totals, "totals");
	}

	/** A manifest that names no published aggregates. */
	public EtlManifest(String runId, Instant committedAt, List<String> usersFiles,
			Map<String, List<String>> curatedFiles, Totals totals, @Nullable String modelVersion,
			@Nullable String driftReport) {
		this(runId, committedAt, usersFiles, curatedFiles, totals, modelVersion, driftReport, null);
	}

	/** Every committed curated file of {@code dataset}, oldest first. */
	public List<String> curatedFiles(Dataset dataset) {
		return this.curatedFiles.get(dataset.path());
	}

	/**
	 * This manifest once the train step has rated the users snapshot (possibly rewriting
	 * its files) and written its drift report; aggregates published for the previous
	 * state no longer describe it and are dropped.
	 */
	public EtlManifest withTraining(List<String> ratedUsersFiles, @Nullable String champion,
			@Nullable String driftReportKey, Instant at) {
		return new EtlManifest(this.runId, at, ratedUsersFiles, this.curatedFiles, this.totals, champion,
				driftReportKey);
	}

	/** This manifest naming {@code aggregatesKey}, published for exactly this state. */
	public EtlManifest withAggregates(String aggregatesKey) {
		return new EtlManifest(this.runId, this.committedAt, this.usersFiles, this.curatedFiles, this.totals,
				this.modelVersion, this.driftReport, aggregatesKey);
	}

	public byte[] toJson() {
		return JSON.writeValueAsBytes(this);
	}

	/**
	 * Reads a manifest.
	 * @throws tools.jackson.core.JacksonException if the bytes are not a manifest
	 */
	public static EtlManifest fromJson(byte[] json) {
		return JSON.readValue(json, EtlManifest.class);
	}

	/** Row counts over every committed file. */
	public record Totals(long submissions, long duelResults, long users) {

		public static final Totals NONE = new Totals(0, 0, 0);

	}

}
