package dev.scaleswell.model.record;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.NameBasedGenerator;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;

/**
 * Record ids. New records get a UUIDv7 (time-ordered). A request carrying an idempotency
 * key gets a name-based UUIDv5 derived from the dataset, the client and the key, so that
 * a retry reaching any replica carries the same id and the ETL keeps only one copy.
 */
public final class RecordIds {

	private static final TimeBasedEpochGenerator TIME_ORDERED = Generators.timeBasedEpochGenerator();

	private static final NameBasedGenerator NAME_BASED = Generators
		.nameBasedGenerator(UUID.fromString("6f1c2b0e-5a7d-4c1e-9f3a-2d8e4b6a1c90"));

	private RecordIds() {
	}

	public static UUID newId() {
		return TIME_ORDERED.generate();
	}

	public static UUID fromIdempotencyKey(Dataset dataset, String client, String key) {
		String name = dataset.path() + '\n' + client + '\n' + key;
		return NAME_BASED.generate(name.getBytes(StandardCharsets.UTF_8));
	}

}
