/**
 * What a run did, as a JSON report and as Prometheus metrics pushed to a Pushgateway.
 */
@NullMarked
package dev.scaleswell.etl.report;

import org.jspecify.annotations.NullMarked;
