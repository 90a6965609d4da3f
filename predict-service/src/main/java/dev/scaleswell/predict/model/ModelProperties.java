package dev.scaleswell.predict.model;

import java.time.Duration;

import dev.scaleswell.model.lake.LakeLayout;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the service follows the model registry.
 *
 * @param pollInterval how often the champion and challenger aliases are read
 * @param pin a model version, or its artifact key
 * {@code models/duel/versions/<v>/model.bin} (env {@code MODEL_KEY}, the reference
 * system's name), to serve as the only model whatever the aliases say; empty to follow
 * the aliases. Any other key (the reference system's default
 * {@code models/duel_model.pkl} among them) lies outside the registry: the service then
 * follows the champion, and says so once in a warning, rather than refusing to start over
 * a setting users bring along.
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
				LoggerFactory.getLogger(ModelProperties.class)
					.warn("scaleswell.predict.model.pin (MODEL_KEY) '{}' is neither a model version nor a key under {}: "
							+ "following the registry's champion instead", key, LakeLayout.MODEL_VERSIONS);
				pin = null;
			}
		}
	}

}
