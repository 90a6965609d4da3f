package dev.scaleswell.predict.model;

import dev.scaleswell.lake.commit.LakeJson;
import dev.scaleswell.model.evaluation.OnlineEvaluation;
import dev.scaleswell.model.lake.LakeLayout;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a version's {@code models/duel/versions/<v>/online.json} unless it still has the
 * ETag already held: one GET with {@code If-None-Match}, so what is compared and what is
 * read are the same object.
 */
class OnlineEvaluationReader {

	private static final int NOT_MODIFIED = 304;

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
		ResponseBytes<GetObjectResponse> object;
		try {
			object = this.s3.getObjectAsBytes((request) -> request.bucket(this.bucket)
				.key(LakeLayout.modelOnlineKey(version))
				.ifNoneMatch(knownEtag));
		}
		catch (NoSuchKeyException ex) {
			return new Result.Absent();
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == NOT_MODIFIED) {
				return new Result.Unchanged();
			}
			throw ex;
		}
		String etag = object.response().eTag();
		// a store that ignores If-None-Match still answers with the ETag
		if (etag.equals(knownEtag)) {
			return new Result.Unchanged();
		}
		return new Result.Changed(JSON.readValue(object.asByteArrayUnsafe(), OnlineEvaluation.class), etag);
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
