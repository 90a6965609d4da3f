package dev.scaleswell.spark.curate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import dev.scaleswell.lake.curate.DayState;
import dev.scaleswell.model.lake.LakeLayout;
import dev.scaleswell.model.record.Dataset;
import dev.scaleswell.model.s3.S3Properties;
import org.apache.spark.api.java.function.FlatMapFunction;
import scala.Tuple2;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Writes the new state of each {@code dt} day of its partition: the committed state, plus
 * the ids this run curated with that day's {@code received_at} and the raw keys of that
 * day it processed, under a key that names the run.
 */
final class DayStateWriter implements FlatMapFunction<Iterator<Tuple2<Long, UUID>>, Tuple2<Long, String>> {

	private static final long serialVersionUID = 1L;

	private final S3Properties lake;

	private final Dataset dataset;

	private final String runId;

	private final Map<Long, String> committedStates;

	private final Map<Long, List<String>> processedKeys;

	/**
	 * @param committedStates the committed state's key per epoch day, where there is one
	 * @param processedKeys the raw keys this run processed, per epoch day of their key
	 */
	DayStateWriter(S3Properties lake, Dataset dataset, String runId, Map<Long, String> committedStates,
			Map<Long, List<String>> processedKeys) {
		this.lake = lake;
		this.dataset = dataset;
		this.runId = runId;
		this.committedStates = committedStates;
		this.processedKeys = processedKeys;
	}

	@Override
	public Iterator<Tuple2<Long, String>> call(Iterator<Tuple2<Long, UUID>> ids) {
		S3Client s3 = LakeClients.of(this.lake);
		Map<Long, DayState> states = new TreeMap<>();
		ids.forEachRemaining((id) -> states.computeIfAbsent(id._1(), (day) -> {
			String committed = this.committedStates.get(day);
			return (committed != null) ? DayState.load(s3, this.lake.bucket(), committed) : DayState.empty();
		}).addId(id._2()));
		List<Tuple2<Long, String>> written = new ArrayList<>();
		states.forEach((day, state) -> written.add(store(s3, day, state)));
		return written.iterator();
	}

	private Tuple2<Long, String> store(S3Client s3, long day, DayState state) {
		this.processedKeys.getOrDefault(day, List.of()).forEach(state::markProcessed);
		String key = LakeLayout.etlDayStateKey(this.dataset, LocalDate.ofEpochDay(day), this.runId);
		state.store(s3, this.lake.bucket(), key);
		return new Tuple2<>(day, key);
	}

}
