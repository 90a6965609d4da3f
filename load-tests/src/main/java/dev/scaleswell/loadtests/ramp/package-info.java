/**
 * The ramp's bookkeeping: latencies per arrival-rate level, and the knee, the highest
 * level that still met the SLO before the first one that broke it.
 */
package dev.scaleswell.loadtests.ramp;
