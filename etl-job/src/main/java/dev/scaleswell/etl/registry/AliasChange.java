package dev.scaleswell.etl.registry;

import dev.scaleswell.model.lake.ModelAlias;
import dev.scaleswell.model.registry.AliasConflictException;
import dev.scaleswell.model.registry.AliasPointer;
import dev.scaleswell.model.registry.ModelRegistry;
import org.jspecify.annotations.Nullable;

/**
 * A planned alias change, based on the alias as read: applying it fails with
 * {@link dev.scaleswell.model.registry.AliasConflictException} if the alias changed
 * since.
 *
 * @param alias the alias to replace
 * @param pointer its new value
 * @param expectedEtag the ETag read, {@code null} if the alias did not exist
 * @param description what the change does, for people
 */
public record AliasChange(ModelAlias alias, AliasPointer pointer, @Nullable String expectedEtag, String description) {

	public void apply(ModelRegistry registry) {
		try {
			registry.replaceAlias(this.alias, this.pointer, this.expectedEtag);
		}
		catch (AliasConflictException ex) {
			// a retried write whose first attempt landed also fails its condition: that
			// one was ours
			boolean landed = registry.readAlias(this.alias)
				.map((current) -> current.pointer().equals(this.pointer))
				.orElse(false);
			if (!landed) {
				throw ex;
			}
		}
	}

}
