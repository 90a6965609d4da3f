/**
 * What operators follow a request by: the W3C trace context read from and sent to other
 * services, the trace id answered as the request id, and circuit-breaker meters.
 */
@NullMarked
package dev.scaleswell.service.observability;

import org.jspecify.annotations.NullMarked;
