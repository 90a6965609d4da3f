package dev.scaleswell.predict.model;

import java.time.Duration;

import dev.scaleswell.model.lake.LakeLayout;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the service follows the model registry.
 *
 * @param pollInterval how often the champion and challenger aliases are read
 * @param pin a model version, or its artifact key
 * {@code models/duel/versions/<v>/model.bin} (env {@code MODEL_KEY}, the reference
 * system's name), to serve as the only model whatever the aliases say; empty to follow
 * the aliases
 */
@ConfigurationProperties("scaleswell.predict.model")
public record ModelProperties(@DefaultValue("15s") Duration pollInterval, @Nullable String pin) {

	public ModelProperties {
		if (pin != null && pin.isBlank()) {
			pin = null;
		}
		if (pin != null) {
			String key = pin;
			pin = LakeLayout.parseModelKey(key).map(LakeLayout.ModelKey::version).orElse(key);
			if (!LakeLayout.isToken(pin)) {
				throw new IllegalArgumentException(
						"scaleswell.predict.model.pin (MODEL_KEY) must be a model version or its model key, was '" + key
								+ "'");
			}
		}
	}

}
