package dev.scaleswell.model.registry;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import dev.scaleswell.model.lake.LakeLayout;

/**
 * The content of an alias object ({@code champion.json}, {@code challenger.json}).
 *
 * @param version the version the alias points at
 * @param weight the share of traffic it answers (a champion: 1; a challenger: 0-1)
 * @param shadow whether a challenger also scores, off the request path, what it does not
 * answer
 * @param previous the versions this alias pointed at before, newest first (for rollback)
 * @param updatedAt when the alias was last replaced
 */
public record AliasPointer(String version, double weight, boolean shadow, List<String> previous, Instant updatedAt) {

	public AliasPointer {
		if (!LakeLayout.isToken(version)) {
			throw new IllegalArgumentException("not a version id: '" + version + "'");
		}
		if (!(weight >= 0 && weight <= 1)) {
			throw new IllegalArgumentException("weight must be between 0 and 1, was " + weight);
		}
		previous = List.copyOf(previous);
		Objects.requireNonNull(updatedAt, "updatedAt");
	}

	/** A champion pointer: all the traffic, no shadow. */
	public static AliasPointer champion(String version, List<String> previous, Instant updatedAt) {
		return new AliasPointer(version, 1.0, false, previous, updatedAt);
	}

}
