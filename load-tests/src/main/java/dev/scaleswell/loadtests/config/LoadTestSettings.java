package dev.scaleswell.loadtests.config;

import java.util.HashMap;
import java.util.Map;

/**
 * Everything a simulation may be told from the command line ({@code -Dloadtest.rate=200}
 * ...), each value bounded so that no run is unbounded and none leaves loopback unless
 * {@code -Dloadtest.allowRemote=true} says so.
 *
 * @param ingestUrl base URL of ingest-service
 * @param predictUrl base URL of predict-service
 * @param analyticsUrl base URL of analytics-service
 * @param baselineUrl base URL of the baseline app
 * @param ratePerSecond open-model arrival rate of the steady simulations
 * @param durationSeconds how long the steady simulations inject
 * @param slo what a run must meet, else it fails
 * @param namePoolSize distinct warrior names the feeders draw from
 * @param zipfExponent skew of name reuse: 0 is uniform, 1 and above is heavy reuse
 * @param heroShare share of duel sides that are heroes (always known to predict-service)
 * rather than submitted users (known only once the ETL has run)
 * @param seed seed of every random choice, so two runs send the same traffic
 * @param ramp the staircase of the ramp simulation
 * @param rampTarget what the ramp drives
 * @param scaleOut the ramp past one pod's capacity of the scale-out simulation
 */
public record LoadTestSettings(String ingestUrl, String predictUrl, String analyticsUrl, String baselineUrl,
		int ratePerSecond, int durationSeconds, Slo slo, int namePoolSize, double zipfExponent, double heroShare,
		long seed, RampPlan ramp, RampTarget rampTarget, ScaleOutPlan scaleOut) {

	/** The longest any simulation may inject, in seconds. */
	public static final int MAX_SECONDS = 600;

	/** The explicit opt-in to targets off loopback: a deployed system. */
	public static final String ALLOW_REMOTE = "loadtest.allowRemote";

	static final String PREFIX = "loadtest.";

	/** Settings from the JVM's system properties. */
	public static LoadTestSettings fromSystemProperties() {
		Map<String, String> properties = new HashMap<>();
		System.getProperties().stringPropertyNames().forEach((name) -> {
			if (name.startsWith(PREFIX)) {
				properties.put(name, System.getProperty(name));
			}
		});
		return from(properties);
	}

	/**
	 * Settings from a property map, defaults for what is missing.
	 * @throws IllegalArgumentException for a value out of bounds or a non-loopback URL
	 */
	public static LoadTestSettings from(Map<String, String> properties) {
		BoundedProperties p = new BoundedProperties(properties);
		RampPlan ramp = new RampPlan(p.intValue("loadtest.ramp.warmupSeconds", 10, 0, 120),
				p.intValue("loadtest.ramp.startRps", 50, 1, 20_000), p.intValue("loadtest.ramp.stepRps", 50, 1, 20_000),
				p.intValue("loadtest.ramp.levels", 8, 1, 60), p.intValue("loadtest.ramp.levelSeconds", 10, 2, 120));
		if (ramp.totalSeconds() > MAX_SECONDS) {
			throw new IllegalArgumentException("loadtest.ramp.warmupSeconds + levels x levelSeconds must be at most "
					+ MAX_SECONDS + " s, was " + ramp.totalSeconds() + " s");
		}
		ScaleOutPlan scaleOut = new ScaleOutPlan(p.intValue("loadtest.scaleOut.podCapacityRps", 2_900, 1, 20_000),
				p.intValue("loadtest.scaleOut.startPods", 2, 1, 20), p.intValue("loadtest.scaleOut.peakPods", 5, 2, 20),
				p.intValue("loadtest.scaleOut.rampSeconds", 300, 10, MAX_SECONDS),
				p.intValue("loadtest.scaleOut.holdSeconds", 240, 10, MAX_SECONDS));
		if (scaleOut.totalSeconds() > MAX_SECONDS) {
			throw new IllegalArgumentException("loadtest.scaleOut.rampSeconds + holdSeconds must be at most "
					+ MAX_SECONDS + " s, was " + scaleOut.totalSeconds() + " s");
		}
		boolean allowRemote = p.booleanValue(ALLOW_REMOTE, false);
		return new LoadTestSettings(url(p, "loadtest.ingestUrl", "http://127.0.0.1:8081", allowRemote),
				url(p, "loadtest.predictUrl", "http://127.0.0.1:8082", allowRemote),
				url(p, "loadtest.analyticsUrl", "http://127.0.0.1:8083", allowRemote),
				url(p, "loadtest.baselineUrl", "http://127.0.0.1:8090", allowRemote),
				p.intValue("loadtest.rate", 50, 1, 20_000), p.intValue("loadtest.durationSeconds", 30, 1, MAX_SECONDS),
				new Slo(p.intValue("loadtest.slo.p99Millis", 50, 1, 60_000),
						p.doubleValue("loadtest.slo.maxErrorPercent", 1.0, 0.0, 100.0)),
				p.intValue("loadtest.names", 10_000, 2, 1_000_000),
				p.doubleValue("loadtest.zipfExponent", 1.1, 0.0, 3.0),
				p.doubleValue("loadtest.duel.heroShare", 1.0, 0.0, 1.0),
				p.intValue("loadtest.seed", 42, 0, Integer.MAX_VALUE), ramp,
				RampTarget.parse("loadtest.ramp.target", p.stringValue("loadtest.ramp.target", "duel")), scaleOut);
	}

	private static String url(BoundedProperties properties, String name, String defaultValue, boolean allowRemote) {
		return LoopbackUrls.require(name, properties.stringValue(name, defaultValue), allowRemote);
	}

}
