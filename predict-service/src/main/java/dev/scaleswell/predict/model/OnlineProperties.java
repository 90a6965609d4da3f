package dev.scaleswell.predict.model;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the service follows the serving versions' online figures.
 *
 * @param pollInterval how often each serving version's {@code online.json} is checked
 * (one conditional GET per version: unchanged figures cost a 304); the ETL rewrites them
 * at most once per run, every 5 minutes
 */
@ConfigurationProperties("scaleswell.predict.online")
public record OnlineProperties(@DefaultValue("30s") Duration pollInterval) {
}
