package dev.scaleswell.predict.bench;

import java.net.URI;
import java.time.Duration;

import dev.scaleswell.model.duel.DuelModel;
import dev.scaleswell.model.duel.TrainingOptions;
import dev.scaleswell.model.s3.S3Clients;
import dev.scaleswell.model.s3.S3Properties;
import dev.scaleswell.testsupport.lake.CuratedParquet;
import dev.scaleswell.testsupport.lake.TestRegistry;
import dev.scaleswell.testsupport.lake.Warriors;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Seeds a lake for bin/bench-predict: {@code users} users named {@code "Warrior <i>"} and
 * a champion trained on 20,000 simulated duels with the production defaults
 * ({@link TrainingOptions#defaults()}).
 * <p>
 * {@code java ... BenchLake <endpoint> <bucket> <users> <access-key> <secret-key>}
 */
public final class BenchLake {

	private BenchLake() {
	}

	public static void main(String[] args) throws Exception {
		URI endpoint = URI.create(args[0]);
		String bucket = args[1];
		int users = Integer.parseInt(args[2]);
		S3Properties properties = new S3Properties(endpoint, "us-east-1", bucket, true, args[3], args[4],
				Duration.ofSeconds(30));
		try (S3Client s3 = S3Clients.create(properties)) {
			s3.createBucket((r) -> r.bucket(bucket));
			new CuratedParquet(s3, bucket).commitUsers("bench", Warriors.uniform(users, 1));
			TestRegistry registry = new TestRegistry(s3, bucket);
			String version = registry.publish(TestRegistry.simulatedDuels(2000, 20_000, 1), TrainingOptions.defaults());
			registry.champion(version);
			DuelModel model = registry.registry().loadModel(version).model();
			System.out.println("seeded " + users + " users and champion " + version + " (" + model.trees() + " trees, "
					+ model.nodes() + " nodes)");
		}
	}

}
