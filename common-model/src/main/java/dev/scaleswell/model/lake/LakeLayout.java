package dev.scaleswell.model.lake;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.scaleswell.model.record.Dataset;

/**
 * Every key of the data lake, built and parsed in this one place. Nothing else formats an
 * S3 key by hand.
 *
 * <pre>
 * raw/&lt;dataset&gt;/dt=YYYY-MM-DD/hour=HH/&lt;epochMillis&gt;-&lt;instance&gt;-&lt;seq&gt;.jsonl.gz
 * quarantine/&lt;dataset&gt;/run=&lt;runId&gt;/part-&lt;n&gt;.jsonl.gz
 * curated/&lt;dataset&gt;/dt=YYYY-MM-DD/part-&lt;runId&gt;-&lt;n&gt;.parquet
 * curated/users/run=&lt;runId&gt;/part-&lt;n&gt;.parquet
 * _manifests/etl/runs/&lt;runId&gt;.json, _manifests/etl/latest.json, _manifests/etl/lock.json
 * _manifests/etl/state/&lt;dataset&gt;/dt=YYYY-MM-DD/state-&lt;runId&gt;.bin.gz
 * models/duel/versions/&lt;version&gt;/model.bin | manifest.json
 * models/duel/aliases/champion.json | challenger.json
 * reports/drift/&lt;runId&gt;.json
 * </pre>
 *
 * Run ids and model versions are path-safe tokens (1-64 of {@code [A-Za-z0-9_.-]},
 * starting with a letter or digit), and instance names too, except that an instance name
 * may not contain {@code -} (it separates the parts of a raw object's name).
 */
public final class LakeLayout {

	public static final String RAW = "raw/";

	public static final String QUARANTINE = "quarantine/";

	public static final String CURATED = "curated/";

	public static final String USERS = CURATED + "users/";

	public static final String ETL_MANIFESTS = "_manifests/etl/";

	public static final String ETL_RUNS = ETL_MANIFESTS + "runs/";

	public static final String ETL_STATE = ETL_MANIFESTS + "state/";

	public static final String MODELS = "models/duel/";

	public static final String MODEL_VERSIONS = MODELS + "versions/";

	public static final String MODEL_ALIASES = MODELS + "aliases/";

	/**
	 * Where the online evaluation's cursor says which committed ETL runs it has counted.
	 */
	public static final String ONLINE_CURSOR = MODELS + "online/cursor.json";

	public static final String DRIFT_REPORTS = "reports/drift/";

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9_.-]{0,63})");

	private static final Pattern INSTANCE = Pattern.compile("[A-Za-z0-9_.]{1,64}");

	private static final String T = "([A-Za-z0-9][A-Za-z0-9_.-]{0,63})";

	private static final String DATASET = "(submissions|duel-results)";

	private static final Pattern RAW_KEY = Pattern.compile("raw/" + DATASET
			+ "/dt=(\\d{4}-\\d{2}-\\d{2})/hour=(\\d{2})/(\\d+)-([A-Za-z0-9_.]{1,64})-(\\d+)\\.jsonl\\.gz");

	private static final Pattern RAW_DAY_PREFIX = Pattern.compile("raw/" + DATASET + "/dt=(\\d{4}-\\d{2}-\\d{2})/");

	private static final Pattern QUARANTINE_KEY = Pattern
		.compile("quarantine/" + DATASET + "/run=" + T + "/part-(\\d+)\\.jsonl\\.gz");

	private static final Pattern CURATED_KEY = Pattern
		.compile("curated/" + DATASET + "/dt=(\\d{4}-\\d{2}-\\d{2})/part-" + T + "-(\\d+)\\.parquet");

	private static final Pattern USERS_KEY = Pattern.compile("curated/users/run=" + T + "/part-(\\d+)\\.parquet");

	private static final Pattern RUN_MANIFEST_KEY = Pattern.compile("_manifests/etl/runs/" + T + "\\.json");

	private static final Pattern MODEL_KEY = Pattern
		.compile("models/duel/versions/" + T + "/(model\\.bin|manifest\\.json)");

	private static final Pattern ALIAS_KEY = Pattern.compile("models/duel/aliases/(champion|challenger)\\.json");

	private static final Pattern DRIFT_KEY = Pattern.compile("reports/drift/" + T + "\\.json");

	private LakeLayout() {
	}

	// raw zone

	public static String rawPrefix(Dataset dataset) {
		return RAW + dataset.path() + "/";
	}

	/** The folder of one day's raw objects of {@code dataset}. */
	public static String rawDayPrefix(Dataset dataset, LocalDate day) {
		return rawPrefix(dataset) + "dt=" + day + "/";
	}

	/**
	 * The day of a folder {@link #rawDayPrefix} built, as a delimited listing returns it.
	 */
	public static Optional<LocalDate> parseRawDayPrefix(String prefix) {
		Matcher m = RAW_DAY_PREFIX.matcher(prefix);
		return m.matches() ? Optional.of(LocalDate.parse(m.group(2))) : Optional.empty();
	}

	public static String rawKey(Dataset dataset, Instant writtenAt, String instance, long sequence) {
		requireInstance(instance);
		ZonedDateTime utc = writtenAt.atZone(ZoneOffset.UTC);
		return "%sdt=%s/hour=%02d/%d-%s-%d.jsonl.gz".formatted(rawPrefix(dataset), utc.toLocalDate(), utc.getHour(),
				writtenAt.toEpochMilli(), instance, sequence);
	}

	public static Optional<RawKey> parseRawKey(String key) {
		Matcher m = RAW_KEY.matcher(key);
		if (!m.matches()) {
			return Optional.empty();
		}
		return Optional.of(new RawKey(dataset(m.group(1)), LocalDate.parse(m.group(2)), Integer.parseInt(m.group(3)),
				Long.parseLong(m.group(4)), m.group(5), Long.parseLong(m.group(6))));
	}

	public static String quarantineKey(Dataset dataset, String runId, int part) {
		return QUARANTINE + dataset.path() + "/run=" + token(runId) + "/part-" + part + ".jsonl.gz";
	}

	public static Optional<QuarantineKey> parseQuarantineKey(String key) {
		Matcher m = QUARANTINE_KEY.matcher(key);
		return m.matches()
				? Optional.of(new QuarantineKey(dataset(m.group(1)), m.group(2), Integer.parseInt(m.group(3))))
				: Optional.empty();
	}

	// curated zone

	public static String curatedPrefix(Dataset dataset) {
		return CURATED + dataset.path() + "/";
	}

	public static String curatedKey(Dataset dataset, LocalDate day, String runId, int part) {
		return curatedPrefix(dataset) + "dt=" + day + "/part-" + token(runId) + "-" + part + ".parquet";
	}

	public static Optional<CuratedKey> parseCuratedKey(String key) {
		Matcher m = CURATED_KEY.matcher(key);
		return m.matches() ? Optional.of(new CuratedKey(dataset(m.group(1)), LocalDate.parse(m.group(2)), m.group(3),
				Integer.parseInt(m.group(4)))) : Optional.empty();
	}

	public static String usersPrefix(String runId) {
		return USERS + "run=" + token(runId) + "/";
	}

	public static String usersKey(String runId, int part) {
		return usersPrefix(runId) + "part-" + part + ".parquet";
	}

	public static Optional<UsersKey> parseUsersKey(String key) {
		Matcher m = USERS_KEY.matcher(key);
		return m.matches() ? Optional.of(new UsersKey(m.group(1), Integer.parseInt(m.group(2)))) : Optional.empty();
	}

	// manifests

	public static String runManifestKey(String runId) {
		return ETL_RUNS + token(runId) + ".json";
	}

	public static Optional<String> parseRunManifestKey(String key) {
		Matcher m = RUN_MANIFEST_KEY.matcher(key);
		return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
	}

	/**
	 * The ETL's commit point: written last, it names the run whose outputs readers use.
	 */
	public static String latestManifestKey() {
		return ETL_MANIFESTS + "latest.json";
	}

	/** The object whose conditional creation keeps ETL runs from overlapping. */
	public static String etlLockKey() {
		return ETL_MANIFESTS + "lock.json";
	}

	/**
	 * The ETL's bookkeeping for one day of one dataset as of {@code runId}: the raw keys
	 * processed and the record ids curated. A run manifest names the current state of
	 * each day, so a crashed run's state is never read.
	 */
	public static String etlDayStateKey(Dataset dataset, LocalDate day, String runId) {
		return ETL_STATE + dataset.path() + "/dt=" + day + "/state-" + token(runId) + ".bin.gz";
	}

	// model registry

	public static String modelVersionPrefix(String version) {
		return MODEL_VERSIONS + token(version) + "/";
	}

	public static String modelArtifactKey(String version) {
		return modelVersionPrefix(version) + "model.bin";
	}

	public static String modelManifestKey(String version) {
		return modelVersionPrefix(version) + "manifest.json";
	}

	/**
	 * The training population's age and hero distribution, stored with a version so that
	 * drift is measured against what the champion learned from.
	 */
	public static String modelReferenceKey(String version) {
		return modelVersionPrefix(version) + "reference.json";
	}

	/** A version's online evaluation on recorded duels ({@code OnlineEvaluation}). */
	public static String modelOnlineKey(String version) {
		return modelVersionPrefix(version) + "online.json";
	}

	/** A decision about the aliases, with its evidence; keys sort by time. */
	public static String aliasHistoryKey(Instant at, String action) {
		return MODEL_ALIASES + "history/" + String.format(Locale.ROOT, "%013d", at.toEpochMilli()) + "-" + token(action)
				+ ".json";
	}

	public static Optional<ModelKey> parseModelKey(String key) {
		Matcher m = MODEL_KEY.matcher(key);
		return m.matches() ? Optional.of(new ModelKey(m.group(1), m.group(2).equals("manifest.json")))
				: Optional.empty();
	}

	public static String aliasKey(ModelAlias alias) {
		return MODEL_ALIASES + alias.fileName();
	}

	public static Optional<ModelAlias> parseAliasKey(String key) {
		Matcher m = ALIAS_KEY.matcher(key);
		return m.matches() ? Optional.of(ModelAlias.valueOf(m.group(1).toUpperCase(Locale.ROOT))) : Optional.empty();
	}

	// reports

	public static String driftReportKey(String runId) {
		return DRIFT_REPORTS + token(runId) + ".json";
	}

	public static Optional<String> parseDriftReportKey(String key) {
		Matcher m = DRIFT_KEY.matcher(key);
		return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
	}

	/** Whether {@code value} can stand as a run id, a model version or a key part. */
	public static boolean isToken(String value) {
		return TOKEN.matcher(value).matches();
	}

	private static String token(String value) {
		if (!isToken(value)) {
			throw new IllegalArgumentException("not a path-safe token: '" + value + "'");
		}
		return value;
	}

	private static void requireInstance(String instance) {
		if (!INSTANCE.matcher(instance).matches()) {
			throw new IllegalArgumentException("instance must match " + INSTANCE + ", was '" + instance + "'");
		}
	}

	private static Dataset dataset(String path) {
		return Dataset.fromPath(path).orElseThrow();
	}

	/** A raw object's key, parsed. */
	public record RawKey(Dataset dataset, LocalDate day, int hour, long epochMillis, String instance, long sequence) {
	}

	/** A quarantine object's key, parsed. */
	public record QuarantineKey(Dataset dataset, String runId, int part) {
	}

	/** A curated data file's key, parsed. */
	public record CuratedKey(Dataset dataset, LocalDate day, String runId, int part) {
	}

	/** A users snapshot file's key, parsed. */
	public record UsersKey(String runId, int part) {
	}

	/** A model registry object's key, parsed. */
	public record ModelKey(String version, boolean manifest) {
	}

}
