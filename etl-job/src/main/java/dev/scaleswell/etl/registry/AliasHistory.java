package dev.scaleswell.etl.registry;

import dev.scaleswell.lake.commit.LakeJson;
import dev.scaleswell.model.evaluation.AliasDecision;
import dev.scaleswell.model.lake.LakeLayout;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The alias history: one object per decision about the aliases, by hand or by the online
 * verdict, with its evidence
 * ({@code models/duel/aliases/history/<millis>-<action>.json}).
 */
public final class AliasHistory {

	private final S3Client s3;

	private final String bucket;

	public AliasHistory(S3Client s3, String bucket) {
		this.s3 = s3;
		this.bucket = bucket;
	}

	public AliasDecision record(AliasDecision decision) {
		this.s3.putObject(
				(put) -> put.bucket(this.bucket)
					.key(LakeLayout.aliasHistoryKey(decision.at(), decision.action()))
					.contentType("application/json"),
				RequestBody.fromBytes(LakeJson.MAPPER.writeValueAsBytes(decision)));
		return decision;
	}

}
