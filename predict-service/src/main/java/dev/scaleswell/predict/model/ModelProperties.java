package dev.scaleswell.predict.model;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the service follows the model registry.
 *
 * @param pollInterval how often the champion and challenger aliases are read
 */
@ConfigurationProperties("scaleswell.predict.model")
public record ModelProperties(@DefaultValue("15s") Duration pollInterval) {

}
