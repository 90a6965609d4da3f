package dev.scaleswell.spark.curate;

import java.util.Iterator;

import dev.scaleswell.lake.curate.QuarantineWriter;
import dev.scaleswell.model.record.Dataset;
import dev.scaleswell.model.s3.S3Properties;
import org.apache.spark.api.java.function.FlatMapFunction;

/**
 * Writes the run's rejected lines of one dataset with etl-job's quarantine writer, from a
 * single partition so that the parts are numbered as etl-job numbers them.
 */
final class QuarantineTask implements FlatMapFunction<Iterator<Rejection>, String> {

	private static final long serialVersionUID = 1L;

	private final S3Properties lake;

	private final Dataset dataset;

	private final String runId;

	QuarantineTask(S3Properties lake, Dataset dataset, String runId) {
		this.lake = lake;
		this.dataset = dataset;
		this.runId = runId;
	}

	@Override
	public Iterator<String> call(Iterator<Rejection> rejections) {
		QuarantineWriter writer = new QuarantineWriter(LakeClients.of(this.lake), this.lake.bucket(), this.dataset,
				this.runId);
		rejections.forEachRemaining((rejection) -> writer.line(rejection.sourceKey(), rejection.lineNumber(),
				rejection.reason(), rejection.line()));
		return writer.finish().iterator();
	}

}
