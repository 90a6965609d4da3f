package dev.scaleswell.model.registry;

import dev.scaleswell.model.lake.ModelAlias;

/**
 * An alias changed (or appeared) since it was read: the conditional write lost the race.
 * Read it again and decide again.
 */
public class AliasConflictException extends RuntimeException {

	private final ModelAlias alias;

	public AliasConflictException(ModelAlias alias, Throwable cause) {
		super("alias " + alias.fileName() + " changed since it was read", cause);
		this.alias = alias;
	}

	public ModelAlias alias() {
		return this.alias;
	}

}
