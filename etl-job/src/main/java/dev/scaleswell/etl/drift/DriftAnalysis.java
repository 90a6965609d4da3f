package dev.scaleswell.etl.drift;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * Compares a run's new submissions with the champion's training population.
 */
public final class DriftAnalysis {

	/** The PSI rule of thumb: above 0.2 the population has shifted materially. */
	public static final double DEFAULT_THRESHOLD = 0.2;

	private final double threshold;

	public DriftAnalysis(double threshold) {
		if (!(threshold > 0)) {
			throw new IllegalArgumentException("drift threshold must be positive, was " + threshold);
		}
		this.threshold = threshold;
	}

	public DriftReport compare(String runId, Instant now, @Nullable String championVersion,
			@Nullable PopulationProfile reference, PopulationProfile current) {
		if (reference == null || reference.count() == 0) {
			return new DriftReport(runId, now, DriftReport.NO_REFERENCE, championVersion, this.threshold, 0,
					current.count(), null, null, false);
		}
		if (current.count() == 0) {
			return new DriftReport(runId, now, DriftReport.NO_NEW_SUBMISSIONS, championVersion, this.threshold,
					reference.count(), 0, null, null, false);
		}
		DriftReport.Feature age = age(reference, current);
		DriftReport.Feature hero = hero(reference, current);
		return new DriftReport(runId, now, DriftReport.MEASURED, championVersion, this.threshold, reference.count(),
				current.count(), age, hero, age.drifted() || hero.drifted());
	}

	private DriftReport.Feature age(PopulationProfile reference, PopulationProfile current) {
		long[] expected = AgeBuckets.counts(reference.ages());
		long[] actual = AgeBuckets.counts(current.ages());
		double psi = DriftStatistics.psi(expected, actual);
		double ks = DriftStatistics.ksStatistic(reference.ages(), current.ages());
		double pValue = DriftStatistics.ksPValue(ks, reference.count(), current.count());
		return new DriftReport.Feature(psi, ks, pValue, psi > this.threshold,
				bins(AgeBuckets.labels(), expected, actual));
	}

	private DriftReport.Feature hero(PopulationProfile reference, PopulationProfile current) {
		Set<String> heroes = new TreeSet<>(reference.heroes().keySet());
		heroes.addAll(current.heroes().keySet());
		List<String> labels = List.copyOf(heroes);
		long[] expected = counts(labels, reference.heroes());
		long[] actual = counts(labels, current.heroes());
		double psi = DriftStatistics.psi(expected, actual);
		return new DriftReport.Feature(psi, null, null, psi > this.threshold, bins(labels, expected, actual));
	}

	private static long[] counts(List<String> labels, Map<String, Long> counts) {
		return labels.stream().mapToLong((label) -> counts.getOrDefault(label, 0L)).toArray();
	}

	private static List<DriftReport.Bin> bins(List<String> labels, long[] expected, long[] actual) {
		double expectedTotal = sum(expected);
		double actualTotal = sum(actual);
		List<DriftReport.Bin> bins = new ArrayList<>(labels.size());
		for (int i = 0; i < labels.size(); i++) {
			bins.add(new DriftReport.Bin(labels.get(i), expected[i] / expectedTotal, actual[i] / actualTotal));
		}
		return bins;
	}

	private static double sum(long[] counts) {
		double sum = 0;
		for (long count : counts) {
			sum += count;
		}
		return sum;
	}

}
