package dev.scaleswell.spark.curate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import dev.scaleswell.lake.curate.CuratedRow;
import dev.scaleswell.lake.curate.DayState;
import dev.scaleswell.lake.parquet.ParquetPart;
import dev.scaleswell.lake.schema.CuratedColumns;
import dev.scaleswell.model.lake.LakeLayout;
import dev.scaleswell.model.record.Dataset;
import dev.scaleswell.model.s3.S3Properties;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.jspecify.annotations.Nullable;
import scala.Tuple2;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Writes the kept rows of the days of one partition, in curation order, to ZSTD Parquet
 * parts named as etl-job names them (rolling past the target size), then the day's new
 * state: the committed one, plus this run's ids and the raw keys of that day it
 * processed.
 */
final class CuratedDayWriter implements FlatMapFunction<Iterator<Tuple2<DayOrder, CuratedRow>>, DayWritten> {

	private static final long serialVersionUID = 1L;

	private final S3Properties lake;

	private final Dataset dataset;

	private final String runId;

	private final long targetFileBytes;

	private final Map<Long, String> committedStates;

	private final Map<Long, List<String>> processedKeys;

	/**
	 * @param committedStates the committed state's key per epoch day, where there is one
	 * @param processedKeys the raw keys this run processed, per epoch day of their key
	 */
	CuratedDayWriter(S3Properties lake, Dataset dataset, String runId, long targetFileBytes,
			Map<Long, String> committedStates, Map<Long, List<String>> processedKeys) {
		this.lake = lake;
		this.dataset = dataset;
		this.runId = runId;
		this.targetFileBytes = targetFileBytes;
		this.committedStates = committedStates;
		this.processedKeys = processedKeys;
	}

	@Override
	public Iterator<DayWritten> call(Iterator<Tuple2<DayOrder, CuratedRow>> rows) {
		S3Client s3 = LakeClients.of(this.lake);
		List<DayWritten> written = new ArrayList<>();
		try (WorkFiles work = new WorkFiles()) {
			Day day = null;
			while (rows.hasNext()) {
				Tuple2<DayOrder, CuratedRow> next = rows.next();
				if (day == null || day.epochDay != next._1().epochDay()) {
					if (day != null) {
						written.add(day.finish(s3));
					}
					day = new Day(next._1().epochDay(), work, s3);
				}
				day.write(next._2());
			}
			if (day != null) {
				written.add(day.finish(s3));
			}
		}
		return written.iterator();
	}

	private final class Day {

		private final long epochDay;

		private final WorkFiles work;

		private final DayState state;

		private final List<String> files = new ArrayList<>();

		private @Nullable ParquetPart<CuratedRow> part;

		private long rows;

		Day(long epochDay, WorkFiles work, S3Client s3) {
			this.epochDay = epochDay;
			this.work = work;
			String committed = CuratedDayWriter.this.committedStates.get(epochDay);
			this.state = (committed != null) ? DayState.load(s3, CuratedDayWriter.this.lake.bucket(), committed)
					: DayState.empty();
		}

		void write(CuratedRow row) {
			// the size is checked every few thousand rows: it walks every column's
			// buffers
			if (this.part != null && this.part.rows() % 4096 == 0
					&& this.part.dataSize() >= CuratedDayWriter.this.targetFileBytes) {
				upload();
			}
			if (this.part == null) {
				this.part = ParquetPart.open(this.work.directory(),
						LakeLayout.curatedKey(CuratedDayWriter.this.dataset, LocalDate.ofEpochDay(this.epochDay),
								CuratedDayWriter.this.runId, this.files.size()),
						CuratedRow.writer(CuratedDayWriter.this.dataset), CuratedColumns.ID);
			}
			this.part.write(row);
			this.state.addId(row.id());
			this.rows++;
		}

		DayWritten finish(S3Client s3) {
			upload();
			CuratedDayWriter.this.processedKeys.getOrDefault(this.epochDay, List.of())
				.forEach(this.state::markProcessed);
			String stateKey = LakeLayout.etlDayStateKey(CuratedDayWriter.this.dataset,
					LocalDate.ofEpochDay(this.epochDay), CuratedDayWriter.this.runId);
			this.state.store(s3, CuratedDayWriter.this.lake.bucket(), stateKey);
			return new DayWritten(this.epochDay, List.copyOf(this.files), this.rows, stateKey);
		}

		private void upload() {
			if (this.part != null) {
				this.part.upload(LakeClients.of(CuratedDayWriter.this.lake), CuratedDayWriter.this.lake.bucket());
				this.files.add(this.part.key());
				this.part = null;
			}
		}

	}

}
