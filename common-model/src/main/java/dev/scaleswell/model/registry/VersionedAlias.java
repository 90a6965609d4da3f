package dev.scaleswell.model.registry;

/**
 * An alias as read, with the ETag to pass to
 * {@link ModelRegistry#replaceAlias(dev.scaleswell.model.lake.ModelAlias, AliasPointer, String)}
 * so that a concurrent change is detected instead of overwritten.
 */
public record VersionedAlias(AliasPointer pointer, String etag) {
}
