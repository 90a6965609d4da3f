package dev.scaleswell.lake.curate;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import dev.scaleswell.model.warrior.Names;
import org.apache.parquet.io.api.Binary;
import org.jspecify.annotations.Nullable;

/**
 * A warrior's name and its identity key ({@link Names#identityKey}), one instance for
 * every row of that name in a run ({@link WarriorNames}). The writing thread hashes
 * neither again: the Parquet writer gets the bytes encoded once per name, which its
 * dictionaries then match by identity, and {@link UsersAggregate} keeps a pointer to the
 * user's tally here. Equal by name and key.
 */
public final class WarriorName implements Serializable {

	private final String name;

	private final String identityKey;

	/**
	 * Encoded on first use, by the writing thread; Spark's shuffles move only the
	 * strings.
	 */
	private transient @Nullable Binary nameBytes;

	private transient @Nullable Binary identityKeyBytes;

	/** The tally of {@link UsersAggregate} that last counted this name. */
	transient UsersAggregate.@Nullable Tally tally;

	private WarriorName(String name, String identityKey) {
		this.name = name;
		this.identityKey = identityKey;
	}

	/** The name with its identity key computed. */
	public static WarriorName of(String name) {
		return new WarriorName(name, Names.identityKey(name));
	}

	public String name() {
		return this.name;
	}

	public String identityKey() {
		return this.identityKey;
	}

	Binary nameBytes() {
		Binary bytes = this.nameBytes;
		if (bytes == null) {
			bytes = utf8(this.name);
			this.nameBytes = bytes;
		}
		return bytes;
	}

	Binary identityKeyBytes() {
		Binary bytes = this.identityKeyBytes;
		if (bytes == null) {
			bytes = utf8(this.identityKey);
			this.identityKeyBytes = bytes;
		}
		return bytes;
	}

	private static Binary utf8(String text) {
		return Binary.fromConstantByteArray(text.getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof WarriorName warrior && this.name.equals(warrior.name)
				&& this.identityKey.equals(warrior.identityKey);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.name, this.identityKey);
	}

	@Override
	public String toString() {
		return this.name;
	}

}
