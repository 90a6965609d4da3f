package dev.scaleswell.etl.registry;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.scaleswell.model.lake.ModelAlias;
import dev.scaleswell.model.registry.AliasPointer;
import dev.scaleswell.model.registry.ModelRegistry;
import dev.scaleswell.model.registry.VersionedAlias;
import org.jspecify.annotations.Nullable;

/**
 * Plans the registry's alias changes. Each plan is based on the alias as read now and
 * carries its ETag; {@link AliasChange#apply} writes it only if nobody changed the alias
 * in between.
 */
public final class Promotions {

	/** How many earlier champions a champion pointer remembers for rollbacks. */
	static final int HISTORY = 20;

	private final ModelRegistry registry;

	private final Clock clock;

	public Promotions(ModelRegistry registry, Clock clock) {
		this.registry = registry;
		this.clock = clock;
	}

	/**
	 * Makes {@code version} the champion; the current champion becomes the previous one.
	 */
	public AliasChange promoteChampion(String version) {
		requireVersion(version);
		return promoteChampion(version, this.registry.readAlias(ModelAlias.CHAMPION));
	}

	/**
	 * Makes {@code version} the champion in place of {@code current}, the champion as
	 * read earlier: the change fails if the champion changed since.
	 */
	public AliasChange promoteChampion(String version, Optional<VersionedAlias> current) {
		List<String> previous = new ArrayList<>();
		current.ifPresent((alias) -> {
			if (!alias.pointer().version().equals(version)) {
				previous.add(alias.pointer().version());
			}
			alias.pointer().previous().stream().filter((v) -> !v.equals(version)).forEach(previous::add);
		});
		AliasPointer pointer = new AliasPointer(version, 1.0, false, history(previous), this.clock.instant());
		return new AliasChange(ModelAlias.CHAMPION, pointer, etag(current),
				current.map((alias) -> "champion " + alias.pointer().version() + " -> " + version)
					.orElse("champion -> " + version));
	}

	/**
	 * Makes {@code version} the challenger, answering {@code weight} of the traffic (or
	 * scoring in the shadow only).
	 */
	public AliasChange promoteChallenger(String version, double weight, boolean shadow) {
		requireVersion(version);
		if (!(weight >= 0 && weight <= 1)) {
			throw new IllegalArgumentException("challenger weight must be in [0, 1], was " + weight);
		}
		Optional<VersionedAlias> current = this.registry.readAlias(ModelAlias.CHALLENGER);
		AliasPointer pointer = new AliasPointer(version, weight, shadow, List.of(), this.clock.instant());
		return new AliasChange(ModelAlias.CHALLENGER, pointer, etag(current), String.format(Locale.ROOT,
				"challenger -> %s (weight %.2f%s)", version, weight, shadow ? ", shadow" : ""));
	}

	/** Puts the previous champion back. */
	public AliasChange rollback() {
		VersionedAlias current = this.registry.readAlias(ModelAlias.CHAMPION)
			.orElseThrow(() -> new IllegalStateException("there is no champion to roll back"));
		List<String> previous = current.pointer().previous();
		if (previous.isEmpty()) {
			throw new IllegalStateException(
					"champion " + current.pointer().version() + " has no previous champion to roll back to");
		}
		AliasPointer pointer = new AliasPointer(previous.getFirst(), 1.0, false,
				List.copyOf(previous.subList(1, previous.size())), this.clock.instant());
		return new AliasChange(ModelAlias.CHAMPION, pointer, current.etag(),
				"champion " + current.pointer().version() + " -> " + previous.getFirst() + " (rollback)");
	}

	/**
	 * Removes the challenger (conditionally on the challenger as read now).
	 * @return the version that was the challenger
	 */
	public String demoteChallenger() {
		VersionedAlias current = this.registry.readAlias(ModelAlias.CHALLENGER)
			.orElseThrow(() -> new IllegalStateException("there is no challenger to demote"));
		this.registry.deleteAlias(ModelAlias.CHALLENGER, current.etag());
		return current.pointer().version();
	}

	private void requireVersion(String version) {
		if (!this.registry.versions().contains(version)) {
			throw new IllegalArgumentException("no model version " + version + " in the registry");
		}
	}

	private static List<String> history(List<String> previous) {
		return List.copyOf(previous.subList(0, Math.min(previous.size(), HISTORY)));
	}

	private static @Nullable String etag(Optional<VersionedAlias> alias) {
		return alias.map(VersionedAlias::etag).orElse(null);
	}

}
