package dev.scaleswell.model.duel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import dev.scaleswell.model.warrior.WarriorProfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ModelArtifactTests {

	private final DuelModel model = TestDuels.model();

	@Test
	void roundTripGivesIdenticalPredictions() throws Exception {
		byte[] bytes = this.model.toBytes();
		DuelModel loaded = DuelModel.fromBytes(bytes, DuelModel.sha256(bytes));
		assertThat(loaded.options()).isEqualTo(this.model.options());
		assertThat(loaded.nodes()).isEqualTo(this.model.nodes());
		SplittableRandom random = new SplittableRandom(6L);
		for (int i = 0; i < 2_000; i++) {
			WarriorProfile a = DuelModelTests.randomWarrior(random);
			WarriorProfile b = DuelModelTests.randomWarrior(random);
			assertThat(loaded.probability(a, b)).isEqualTo(this.model.probability(a, b));
		}
	}

	@Test
	void fromBytesWhenAByteIsFlippedShouldRejectTheChecksum() {
		byte[] bytes = this.model.toBytes();
		String sha256 = DuelModel.sha256(bytes);
		bytes[bytes.length / 2] ^= 0x01;
		assertThatExceptionOfType(ModelLoadException.class).isThrownBy(() -> DuelModel.fromBytes(bytes, sha256))
			.withMessageContaining("checksum mismatch");
	}

	@Test
	void fromBytesWhenArtifactHoldsAForeignClassShouldRejectItWithoutInstantiating() throws IOException {
		Intruder.readObjectCalled.set(false);
		byte[] bytes = serialize(new Intruder());
		assertThatExceptionOfType(ModelLoadException.class)
			.isThrownBy(() -> DuelModel.fromBytes(bytes, DuelModel.sha256(bytes)))
			.withMessageContaining("allow-list");
		assertThat(Intruder.readObjectCalled).isFalse();
	}

	@Test
	void fromBytesWhenArtifactHoldsAnotherAllowedTypeShouldSaySo() throws IOException {
		byte[] bytes = serialize("not a model");
		assertThatExceptionOfType(ModelLoadException.class)
			.isThrownBy(() -> DuelModel.fromBytes(bytes, DuelModel.sha256(bytes)))
			.withMessageContaining("java.lang.String, not a duel model");
	}

	@Test
	void fromBytesWhenBytesAreNotSerializedJavaShouldSaySo() {
		byte[] bytes = "{\"json\":true}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		assertThatExceptionOfType(ModelLoadException.class)
			.isThrownBy(() -> DuelModel.fromBytes(bytes, DuelModel.sha256(bytes)))
			.withMessageContaining("not a readable model");
	}

	@Test
	void fromBytesWhenArtifactHasAnotherFormatVersionShouldRefuseIt() throws IOException {
		byte[] bytes = serialize(artifact(ModelArtifact.FORMAT_VERSION + 1, FeatureEncoder.SCHEMA_VERSION));
		assertThatExceptionOfType(ModelLoadException.class)
			.isThrownBy(() -> DuelModel.fromBytes(bytes, DuelModel.sha256(bytes)))
			.withMessageContaining("format 2 is not supported");
	}

	@Test
	void fromBytesWhenModelWasTrainedOnAnotherFeatureSchemaShouldRefuseIt() throws IOException {
		byte[] bytes = serialize(artifact(ModelArtifact.FORMAT_VERSION, FeatureEncoder.SCHEMA_VERSION + 1));
		assertThatExceptionOfType(ModelLoadException.class)
			.isThrownBy(() -> DuelModel.fromBytes(bytes, DuelModel.sha256(bytes)))
			.withMessageContaining("feature schema 2");
	}

	private ModelArtifact artifact(int formatVersion, int schemaVersion) throws IOException {
		ModelArtifact current;
		byte[] bytes = this.model.toBytes();
		try (ObjectInputStream in = new ObjectInputStream(new java.io.ByteArrayInputStream(bytes))) {
			current = (ModelArtifact) in.readObject();
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
		return new ModelArtifact(formatVersion, schemaVersion, current.featureNames(), current.options(),
				current.forest());
	}

	private static byte[] serialize(Object object) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(object);
		}
		return bytes.toByteArray();
	}

	/** Records whether deserialisation ever ran its code. */
	static final class Intruder implements Serializable {

		static final AtomicBoolean readObjectCalled = new AtomicBoolean();

		private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
			readObjectCalled.set(true);
			in.defaultReadObject();
		}

	}

}
