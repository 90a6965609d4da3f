package dev.scaleswell.predict.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what a client may send.
 *
 * @param maxBodySize the largest request body accepted (413 beyond)
 * @param maxParameterLength the longest query parameter value accepted (400 beyond), in
 * characters; names are at most 64 characters once normalised, the slack allows for
 * surrounding whitespace
 */
@ConfigurationProperties("scaleswell.predict.web")
public record WebProperties(@DefaultValue("64KB") DataSize maxBodySize, @DefaultValue("256") int maxParameterLength) {

}
