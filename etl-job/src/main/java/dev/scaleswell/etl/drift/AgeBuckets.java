package dev.scaleswell.etl.drift;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The age bins of the age PSI: finer around the simulator's peak years (25-35), coarser
 * where few warriors are. Lower bounds inclusive; the last bin is open-ended.
 */
final class AgeBuckets {

	private static final int[] LOWER_BOUNDS = { 13, 18, 22, 26, 30, 35, 40, 50, 60, 70 };

	private AgeBuckets() {
	}

	static List<String> labels() {
		return IntStream.range(0, LOWER_BOUNDS.length).mapToObj(AgeBuckets::label).toList();
	}

	static long[] counts(Map<Integer, Long> ages) {
		long[] counts = new long[LOWER_BOUNDS.length];
		ages.forEach((age, count) -> counts[index(age)] += count);
		return counts;
	}

	static int index(int age) {
		int index = 0;
		while (index + 1 < LOWER_BOUNDS.length && age >= LOWER_BOUNDS[index + 1]) {
			index++;
		}
		return index;
	}

	private static String label(int index) {
		return (index + 1 < LOWER_BOUNDS.length) ? LOWER_BOUNDS[index] + "-" + (LOWER_BOUNDS[index + 1] - 1)
				: LOWER_BOUNDS[index] + "+";
	}

}
