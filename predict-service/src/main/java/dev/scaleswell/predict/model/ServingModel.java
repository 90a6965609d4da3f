package dev.scaleswell.predict.model;

import java.time.Instant;

import dev.scaleswell.model.duel.DuelModel;
import dev.scaleswell.model.registry.ModelManifest;
import dev.scaleswell.predict.directory.Warrior;
import io.micrometer.core.instrument.Counter;

/**
 * A loaded, verified model version ready to answer, with its answers cached by profile
 * pair.
 */
public final class ServingModel {

	private final ModelManifest manifest;

	private final DuelModel model;

	private final Instant loadedAt;

	private final PairCache cache;

	private final Counter[] predictions;

	ServingModel(ModelManifest manifest, DuelModel model, Instant loadedAt, int profiles, Counter[] predictions) {
		this.manifest = manifest;
		this.model = model;
		this.loadedAt = loadedAt;
		this.cache = new PairCache(profiles);
		this.predictions = predictions;
	}

	public String version() {
		return this.manifest.version();
	}

	public ModelManifest manifest() {
		return this.manifest;
	}

	public Instant loadedAt() {
		return this.loadedAt;
	}

	/** P(a beats b), exactly 1 - P(b beats a). */
	public double probability(Warrior a, Warrior b) {
		int ia = a.profileIndex();
		int ib = b.profileIndex();
		if (ia < 0 || ib < 0) {
			return this.model.probability(a.profile(), b.profile());
		}
		double p = this.cache.get(ia, ib);
		if (Double.isNaN(p)) {
			p = this.model.probability(a.profile(), b.profile());
			this.cache.put(ia, ib, p);
		}
		return p;
	}

	/**
	 * Whether {@code a} wins a duel it wins with probability {@code p}; an exact tie goes
	 * to the smaller identity key, so the winner does not depend on the order asked.
	 */
	public static boolean firstWins(double p, Warrior a, Warrior b) {
		return (p != 0.5) ? p > 0.5 : a.key().compareTo(b.key()) < 0;
	}

	/** Counts one answer given as {@code variant}. */
	public void answered(Variant variant) {
		this.predictions[variant.ordinal()].increment();
	}

	Counter[] predictionCounters() {
		return this.predictions;
	}

	/**
	 * P(a beats b) for one encoded feature row, as the Open Inference Protocol sends it.
	 */
	public double probability(double[] features) {
		return this.model.probability(features);
	}

}
