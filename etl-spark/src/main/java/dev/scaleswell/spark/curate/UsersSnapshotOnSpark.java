package dev.scaleswell.spark.curate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

import dev.scaleswell.lake.curate.CuratedRow.SubmissionRow;
import dev.scaleswell.lake.curate.UserTally;
import dev.scaleswell.lake.parquet.CuratedFiles;
import dev.scaleswell.lake.parquet.ParquetPart;
import dev.scaleswell.lake.parquet.WorkDirectory;
import dev.scaleswell.lake.schema.UserRow;
import dev.scaleswell.model.lake.LakeLayout;
import dev.scaleswell.model.s3.S3Properties;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function2;
import scala.Tuple2;

/**
 * Rebuilds the users snapshot on Spark: this run's submissions and the previous
 * snapshot's rows reduced per identity key with {@link UserTally#merge} (the rule etl-job
 * folds with), sorted by identity key and written as ZSTD Parquet parts.
 */
final class UsersSnapshotOnSpark {

	/**
	 * Part numbers a task may use: task {@code i} numbers its parts from
	 * {@code i * this}.
	 */
	static final int PARTS_PER_TASK = 1000;

	private final JavaSparkContext spark;

	private final S3Properties lake;

	private final long targetFileBytes;

	UsersSnapshotOnSpark(JavaSparkContext spark, S3Properties lake, long targetFileBytes) {
		this.spark = spark;
		this.lake = lake;
		this.targetFileBytes = targetFileBytes;
	}

	record Snapshot(List<String> files, long users) {
	}

	Snapshot rebuild(String runId, JavaRDD<Candidate> submissions, List<String> previousFiles) {
		S3Properties lake = this.lake;
		JavaPairRDD<String, UserTally> fresh = submissions.mapToPair((candidate) -> {
			SubmissionRow row = (SubmissionRow) candidate.row();
			return new Tuple2<>(row.identityKey(), UserTally.of(row, candidate.order()));
		});
		JavaPairRDD<String, UserTally> previous = this.spark
			.parallelize(previousFiles, Math.max(1, previousFiles.size()))
			.flatMapToPair((key) -> previousRows(lake, key));
		int partitions = this.spark.defaultParallelism();
		long target = this.targetFileBytes;
		List<Tuple2<String, Long>> parts = fresh.union(previous)
			.reduceByKey(UserTally::merge, partitions)
			.sortByKey(true, partitions)
			.mapPartitionsWithIndex(writer(lake, runId, target), false)
			.collect();
		List<String> files = parts.stream()
			.sorted(Comparator.comparing((Tuple2<String, Long> part) -> partNumber(part._1())))
			.map(Tuple2::_1)
			.toList();
		return new Snapshot(files, parts.stream().mapToLong(Tuple2::_2).sum());
	}

	private static Iterator<Tuple2<String, UserTally>> previousRows(S3Properties lake, String key) {
		List<Tuple2<String, UserTally>> rows = new ArrayList<>();
		new CuratedFiles(LakeClients.of(lake), lake.bucket()).read(key, (record) -> {
			UserRow row = UserRow.fromAvro(record);
			rows.add(new Tuple2<>(row.identityKey(), UserTally.previous(row)));
		});
		return rows.iterator();
	}

	private static Function2<Integer, Iterator<Tuple2<String, UserTally>>, Iterator<Tuple2<String, Long>>> writer(
			S3Properties lake, String runId, long targetFileBytes) {
		return (task, users) -> {
			List<Tuple2<String, Long>> written = new ArrayList<>();
			try (WorkDirectory work = WorkDirectory.create()) {
				ParquetPart<UserRow> part = null;
				while (users.hasNext()) {
					Tuple2<String, UserTally> user = users.next();
					if (part == null || part.full(targetFileBytes)) {
						if (part != null) {
							written.add(upload(lake, part));
						}
						int number = task * PARTS_PER_TASK + written.size();
						part = ParquetPart.open(work.path(), LakeLayout.usersKey(runId, number), new UserRow.Writer());
					}
					part.write(user._2().row(user._1()));
				}
				if (part != null) {
					written.add(upload(lake, part));
				}
			}
			return written.iterator();
		};
	}

	private static Tuple2<String, Long> upload(S3Properties lake, ParquetPart<UserRow> part) {
		part.upload(LakeClients.of(lake), lake.bucket());
		return new Tuple2<>(part.key(), part.rows());
	}

	private static int partNumber(String key) {
		return LakeLayout.parseUsersKey(key).orElseThrow().part();
	}

}
