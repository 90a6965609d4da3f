package dev.scaleswell.spark.curate;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.scaleswell.model.s3.S3Clients;
import dev.scaleswell.model.s3.S3Properties;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * One S3 client per lake setting and JVM: tasks run many times on an executor, and each
 * client holds a connection pool worth reusing. They live as long as the executor.
 */
final class LakeClients {

	private static final Map<S3Properties, S3Client> CLIENTS = new ConcurrentHashMap<>();

	private LakeClients() {
	}

	static S3Client of(S3Properties lake) {
		return CLIENTS.computeIfAbsent(lake, S3Clients::create);
	}

}
