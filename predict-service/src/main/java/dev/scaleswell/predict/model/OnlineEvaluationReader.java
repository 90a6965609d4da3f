package dev.scaleswell.predict.model;

import dev.scaleswell.lake.commit.ConditionalGet;
import dev.scaleswell.lake.commit.LakeJson;
import dev.scaleswell.model.evaluation.OnlineEvaluation;
import dev.scaleswell.model.lake.LakeLayout;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.s3.S3Client;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a version's {@code models/duel/versions/<v>/online.json} unless it still has the
 * ETag already held: one GET with {@code If-None-Match}, so what is compared and what is
 * read are the same object.
 */
class OnlineEvaluationReader {

	/**
	 * The ETL's mapper, also accepting {@code NaN} written as a bare token: figures of a
	 * version that has scored nothing yet are not numbers.
	 */
	private static final JsonMapper JSON = LakeJson.MAPPER.rebuild()
		.enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
		.build();

	private final S3Client s3;

	private final String bucket;

	OnlineEvaluationReader(S3Client s3, String bucket) {
		this.s3 = s3;
		this.bucket = bucket;
	}

	Result read(String version, @Nullable String knownEtag) {
		return switch (ConditionalGet.read(this.s3, this.bucket, LakeLayout.modelOnlineKey(version), knownEtag)) {
			case ConditionalGet.Outcome.Absent absent -> new Result.Absent();
			case ConditionalGet.Outcome.Unchanged unchanged -> new Result.Unchanged();
			case ConditionalGet.Outcome.Changed changed ->
				new Result.Changed(JSON.readValue(changed.bytes(), OnlineEvaluation.class), changed.etag());
		};
	}

	/** What a conditional read found. */
	sealed interface Result {

		/** Still the figures held. */
		record Unchanged() implements Result {
		}

		/** No figures yet: the ETL has not evaluated this version. */
		record Absent() implements Result {
		}

		/** Figures not seen before, with their ETag. */
		record Changed(OnlineEvaluation evaluation, String etag) implements Result {
		}

	}

}
