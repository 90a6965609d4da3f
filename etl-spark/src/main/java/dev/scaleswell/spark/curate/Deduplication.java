package dev.scaleswell.spark.curate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * etl-job's rule for one record id, applied to all of its candidates at once: in curation
 * order, a candidate is a duplicate when the id was already curated (by a committed run
 * or an earlier candidate) on its own {@code received_at} day or the day before or after,
 * since a retry of an idempotent request may be received on either side of midnight.
 */
final class Deduplication {

	private Deduplication() {
	}

	static List<Candidate> keep(Iterable<Candidate> candidates, Iterable<Long> committedDays) {
		Set<Long> curatedDays = new HashSet<>();
		committedDays.forEach(curatedDays::add);
		List<Candidate> ordered = new ArrayList<>();
		candidates.forEach(ordered::add);
		ordered.sort(Comparator.comparingLong(Candidate::order));
		List<Candidate> kept = new ArrayList<>(1);
		for (Candidate candidate : ordered) {
			long day = candidate.epochDay();
			if (!curatedDays.contains(day) && !curatedDays.contains(day - 1) && !curatedDays.contains(day + 1)) {
				curatedDays.add(day);
				kept.add(candidate);
			}
		}
		return kept;
	}

}
