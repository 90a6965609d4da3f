package dev.scaleswell.etl.curate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import dev.scaleswell.lake.curate.CuratedRow;
import dev.scaleswell.lake.curate.CuratedRow.SubmissionRow;
import dev.scaleswell.lake.curate.DayState;
import dev.scaleswell.lake.curate.DayStates;
import dev.scaleswell.lake.curate.QuarantineWriter;
import dev.scaleswell.lake.curate.UsersAggregate;
import dev.scaleswell.lake.parquet.ParquetPart;
import dev.scaleswell.lake.commit.RunManifest.Counts;
import dev.scaleswell.lake.commit.RunManifest.DatasetRun;
import dev.scaleswell.lake.schema.CuratedColumns;
import dev.scaleswell.model.lake.LakeLayout;
import dev.scaleswell.model.record.Dataset;
import dev.scaleswell.model.record.LineError;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Curates the decoded raw objects of one dataset, in key order: quarantines bad lines and
 * unreadable objects, drops records whose id was already curated (in this run or a
 * committed one), and appends the rest to one Parquet file per {@code dt} partition,
 * rolling to a new part past the target size.
 */
final class DatasetCurator {

	private static final long MILLIS_PER_DAY = 86_400_000L;

	private final S3Client s3;

	private final String bucket;

	private final Dataset dataset;

	private final String runId;

	private final Path workDirectory;

	private final long targetFileBytes;

	private final DayStates states;

	private final UsersAggregate users;

	private final QuarantineWriter quarantine;

	private final Map<LocalDate, ParquetPart<CuratedRow>> open = new TreeMap<>();

	private final Map<LocalDate, Integer> partCounts = new TreeMap<>();

	private final List<ParquetPart<CuratedRow>> full = new ArrayList<>();

	private final List<String> inputs = new ArrayList<>();

	private @Nullable Day current;

	private long corruptObjects;

	private long read;

	private long quarantined;

	private long duplicate;

	private long written;

	DatasetCurator(S3Client s3, String bucket, Dataset dataset, String runId, Path workDirectory, long targetFileBytes,
			DayStates states, UsersAggregate users) {
		this.s3 = s3;
		this.bucket = bucket;
		this.dataset = dataset;
		this.runId = runId;
		this.workDirectory = workDirectory;
		this.targetFileBytes = targetFileBytes;
		this.states = states;
		this.users = users;
		this.quarantine = new QuarantineWriter(s3, bucket, dataset, runId);
	}

	void accept(RawObject object) {
		this.inputs.add(object.key());
		if (object.corruptReason() != null) {
			this.corruptObjects++;
			this.quarantine.object(object.key(), object.corruptReason());
		}
		else {
			for (LineError error : object.errors()) {
				this.quarantine.line(object.key(), error);
			}
			this.read += object.rows().size() + object.errors().size();
			this.quarantined += object.errors().size();
			for (CuratedRow row : object.rows()) {
				curate(row);
			}
		}
		LocalDate rawDay = LakeLayout.parseRawKey(object.key()).orElseThrow().day();
		this.states.get(this.dataset, rawDay).markProcessed(object.key());
	}

	private void curate(CuratedRow row) {
		UUID id = row.id();
		Day day = day(Math.floorDiv(row.receivedAt(), MILLIS_PER_DAY));
		// a retry of an idempotent request may be received on either side of midnight
		if (day.before.containsId(id) || day.after.containsId(id) || !day.state.addId(id)) {
			this.duplicate++;
			return;
		}
		part(day.date).write(row);
		this.written++;
		if (row instanceof SubmissionRow submission) {
			this.users.add(submission);
		}
	}

	/** The states a row's day is checked against, kept while rows stay on that day. */
	private Day day(long epochDay) {
		Day day = this.current;
		if (day == null || day.epochDay != epochDay) {
			LocalDate date = LocalDate.ofEpochDay(epochDay);
			day = new Day(epochDay, date, this.states.get(this.dataset, date),
					this.states.get(this.dataset, date.minusDays(1)), this.states.get(this.dataset, date.plusDays(1)));
			this.current = day;
		}
		return day;
	}

	private ParquetPart<CuratedRow> part(LocalDate day) {
		ParquetPart<CuratedRow> part = this.open.get(day);
		if (part != null && part.full(this.targetFileBytes)) {
			part.close();
			this.full.add(part);
			part = null;
		}
		if (part == null) {
			int n = this.partCounts.merge(day, 1, Integer::sum) - 1;
			part = ParquetPart.open(this.workDirectory, LakeLayout.curatedKey(this.dataset, day, this.runId, n),
					CuratedRow.writer(this.dataset), CuratedColumns.ID);
			this.open.put(day, part);
		}
		return part;
	}

	/**
	 * Uploads the curated and quarantine files and reports what this dataset's run did.
	 */
	DatasetRun finish() {
		this.full.addAll(this.open.values());
		this.open.clear();
		List<String> curated = new ArrayList<>();
		for (ParquetPart<CuratedRow> part : this.full) {
			part.upload(this.s3, this.bucket);
			curated.add(part.key());
		}
		List<String> quarantineFiles = this.quarantine.finish();
		long valid = this.read - this.quarantined;
		return new DatasetRun(List.copyOf(this.inputs), curated, quarantineFiles, new Counts(this.inputs.size(),
				this.corruptObjects, this.read, valid, this.quarantined, this.duplicate, this.written));
	}

	long written() {
		return this.written;
	}

	private record Day(long epochDay, LocalDate date, DayState state, DayState before, DayState after) {
	}

}
