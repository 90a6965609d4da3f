package dev.scaleswell.etl;

import java.net.URI;

import dev.scaleswell.model.s3.S3Clients;
import dev.scaleswell.model.s3.S3Properties;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Where the lake is, shared by every subcommand ({@code @Mixin S3Options s3}): the
 * environment ({@code S3_BUCKET}, {@code AWS_REGION}, {@code SCALESWELL_S3_*}) overridden
 * by these options.
 */
public final class S3Options {

	@Spec(Spec.Target.MIXEE)
	private @Nullable CommandSpec mixee;

	@Option(names = "--endpoint", paramLabel = "URL",
			description = "S3 endpoint override (S3Proxy, LocalStack); default: env SCALESWELL_S3_ENDPOINT, else AWS")
	private @Nullable URI endpoint;

	@Option(names = "--bucket", paramLabel = "NAME",
			description = "the lake bucket; default: env S3_BUCKET, else " + S3Properties.DEFAULT_BUCKET)
	private @Nullable String bucket;

	@Option(names = "--region", paramLabel = "REGION",
			description = "default: env AWS_REGION, else " + S3Properties.DEFAULT_REGION)
	private @Nullable String region;

	@Option(names = "--path-style", paramLabel = "true|false", arity = "0..1", fallbackValue = "true",
			description = "path-style addressing; default: env SCALESWELL_S3_PATH_STYLE, else false")
	private @Nullable Boolean pathStyle;

	/** The settings: the environment, overridden by the options given. */
	public S3Properties properties() {
		S3Properties env = S3Properties.fromEnvironment(job().environment());
		return new S3Properties((this.endpoint != null) ? this.endpoint : env.endpoint(),
				(this.region != null) ? this.region : env.region(), (this.bucket != null) ? this.bucket : env.bucket(),
				(this.pathStyle != null) ? this.pathStyle : env.pathStyle(), env.accessKeyId(), env.secretAccessKey(),
				env.apiCallTimeout());
	}

	public S3Client client() {
		return S3Clients.create(properties());
	}

	private EtlJob job() {
		if (this.mixee == null || !(this.mixee.root().userObject() instanceof EtlJob job)) {
			throw new IllegalStateException("S3Options is used outside the etl-job command");
		}
		return job;
	}

}
