package dev.scaleswell.spark.curate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import dev.scaleswell.lake.curate.CuratedRow;
import dev.scaleswell.lake.parquet.ParquetPart;
import dev.scaleswell.lake.parquet.WorkDirectory;
import dev.scaleswell.lake.schema.CuratedColumns;
import dev.scaleswell.model.lake.LakeLayout;
import dev.scaleswell.model.record.Dataset;
import dev.scaleswell.model.s3.S3Properties;
import org.apache.spark.api.java.function.Function2;
import org.jspecify.annotations.Nullable;
import scala.Tuple2;

/**
 * Writes one slice of a {@code dt} day's kept rows, in curation order, to ZSTD Parquet
 * parts with etl-job's writers, rolling past the target size. Slice {@code s} numbers its
 * parts from {@code s * PARTS_PER_SLICE}, so the parts of a day never collide.
 */
final class CuratedPartsWriter
		implements Function2<Integer, Iterator<Tuple2<DayOrder, CuratedRow>>, Iterator<PartsWritten>> {

	static final int PARTS_PER_SLICE = 1000;

	private static final long serialVersionUID = 1L;

	private final S3Properties lake;

	private final Dataset dataset;

	private final String runId;

	private final long targetFileBytes;

	private final DaySlices slices;

	CuratedPartsWriter(S3Properties lake, Dataset dataset, String runId, long targetFileBytes, DaySlices slices) {
		this.lake = lake;
		this.dataset = dataset;
		this.runId = runId;
		this.targetFileBytes = targetFileBytes;
		this.slices = slices;
	}

	@Override
	public Iterator<PartsWritten> call(Integer partition, Iterator<Tuple2<DayOrder, CuratedRow>> rows) {
		int firstPart = this.slices.slice(partition) * PARTS_PER_SLICE;
		List<PartsWritten> written = new ArrayList<>();
		try (WorkDirectory work = WorkDirectory.create()) {
			Day day = null;
			while (rows.hasNext()) {
				Tuple2<DayOrder, CuratedRow> next = rows.next();
				if (day == null || day.epochDay != next._1().epochDay()) {
					if (day != null) {
						written.add(day.finish());
					}
					day = new Day(next._1().epochDay(), work, firstPart);
				}
				day.write(next._2());
			}
			if (day != null) {
				written.add(day.finish());
			}
		}
		return written.iterator();
	}

	private final class Day {

		private final long epochDay;

		private final WorkDirectory work;

		private final int firstPart;

		private final List<String> files = new ArrayList<>();

		private @Nullable ParquetPart<CuratedRow> part;

		private long rows;

		Day(long epochDay, WorkDirectory work, int firstPart) {
			this.epochDay = epochDay;
			this.work = work;
			this.firstPart = firstPart;
		}

		void write(CuratedRow row) {
			if (this.part != null && this.part.full(CuratedPartsWriter.this.targetFileBytes)) {
				upload();
			}
			if (this.part == null) {
				this.part = ParquetPart.open(this.work.path(),
						LakeLayout.curatedKey(CuratedPartsWriter.this.dataset, LocalDate.ofEpochDay(this.epochDay),
								CuratedPartsWriter.this.runId, this.firstPart + this.files.size()),
						CuratedRow.writer(CuratedPartsWriter.this.dataset), CuratedColumns.ID);
			}
			this.part.write(row);
			this.rows++;
		}

		PartsWritten finish() {
			upload();
			return new PartsWritten(this.epochDay, List.copyOf(this.files), this.rows);
		}

		private void upload() {
			if (this.part != null) {
				this.part.upload(LakeClients.of(CuratedPartsWriter.this.lake), CuratedPartsWriter.this.lake.bucket());
				this.files.add(this.part.key());
				this.part = null;
			}
		}

	}

}
