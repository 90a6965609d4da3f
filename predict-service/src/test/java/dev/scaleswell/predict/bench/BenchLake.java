package dev.scaleswell.predict.bench;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import dev.scaleswell.model.duel.DuelModel;
import dev.scaleswell.model.duel.DuelSimulator;
import dev.scaleswell.model.duel.FeatureEncoder;
import dev.scaleswell.model.duel.LabelledDuel;
import dev.scaleswell.model.duel.TrainingOptions;
import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.lake.ModelAlias;
import dev.scaleswell.model.registry.AliasPointer;
import dev.scaleswell.model.registry.ModelManifest;
import dev.scaleswell.model.registry.ModelRegistry;
import dev.scaleswell.model.registry.ModelVersions;
import dev.scaleswell.model.registry.VersionedAlias;
import dev.scaleswell.model.s3.S3Clients;
import dev.scaleswell.model.s3.S3Properties;
import dev.scaleswell.predict.TestLake;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Seeds a lake for bin/bench-predict: {@code users} users named {@code "Warrior <i>"} and
 * a champion trained with the production defaults ({@link TrainingOptions#defaults()}).
 * <p>
 * {@code java ... BenchLake <endpoint> <bucket> <users> <access-key> <secret-key>}
 */
public final class BenchLake {

	private BenchLake() {
	}

	public static void main(String[] args) {
		URI endpoint = URI.create(args[0]);
		String bucket = args[1];
		int users = Integer.parseInt(args[2]);
		S3Properties properties = new S3Properties(endpoint, "us-east-1", bucket, true, args[3], args[4],
				Duration.ofSeconds(30));
		try (S3Client s3 = S3Clients.create(properties)) {
			s3.createBucket((r) -> r.bucket(bucket));
			TestLake.commitUsers(s3, bucket, "bench", TestLake.users(users, 1));
			DuelSimulator simulator = new DuelSimulator(HeroCatalog.standard());
			List<LabelledDuel> duels = simulator.sample(simulator.randomWarriors(2000, 1), 20_000, 1);
			TrainingOptions options = TrainingOptions.defaults();
			DuelModel model = DuelModel.train(duels, options);
			Instant now = Instant.now();
			String version = ModelVersions.newVersion(now, new Random(1));
			ModelRegistry registry = new ModelRegistry(s3, bucket);
			registry.publish(model, new ModelManifest(version, now, FeatureEncoder.SCHEMA_VERSION, options,
					duels.size(), 0, 0, 0, ModelManifest.currentSmileVersion(), ModelManifest.currentJavaVersion(), "",
					0, new ModelManifest.Lineage(null, duels.size(), 0),
					new ModelManifest.Gate(ModelManifest.GateVerdict.PROMOTED, "bin/bench-predict seed", null, null)));
			String etag = registry.readAlias(ModelAlias.CHAMPION).map(VersionedAlias::etag).orElse(null);
			registry.replaceAlias(ModelAlias.CHAMPION, AliasPointer.champion(version, List.of(), now), etag);
			System.out.println("seeded " + users + " users and champion " + version + " (" + model.trees() + " trees, "
					+ model.nodes() + " nodes)");
		}
	}

}
