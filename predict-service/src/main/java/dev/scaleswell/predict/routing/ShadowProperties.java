package dev.scaleswell.predict.routing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds on shadow scoring, which must never slow the answers clients wait for.
 *
 * @param threads threads scoring the shadow challenger
 * @param queueCapacity duels waiting to be shadow-scored; beyond it they are dropped (and
 * counted)
 */
@ConfigurationProperties("scaleswell.predict.shadow")
public record ShadowProperties(@DefaultValue("1") int threads, @DefaultValue("1024") int queueCapacity) {

}
