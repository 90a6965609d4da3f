package dev.scaleswell.model.registry;

import dev.scaleswell.model.duel.DuelModel;

/** A verified model with the manifest it was published with. */
public record LoadedModel(DuelModel model, ModelManifest manifest) {
}
