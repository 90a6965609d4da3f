package dev.scaleswell.predict.directory;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the warrior directory follows the ETL.
 *
 * @param pollInterval how often {@code _manifests/etl/latest.json} is checked (by ETag)
 */
@ConfigurationProperties("scaleswell.predict.directory")
public record DirectoryProperties(@DefaultValue("15s") Duration pollInterval) {

}
