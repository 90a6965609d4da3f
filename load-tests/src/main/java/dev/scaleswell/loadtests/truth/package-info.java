/**
 * Ground truth for the online evaluation: duel outcomes whose winner is drawn from the
 * simulator's true win probability, posted through ingest like real clients' results.
 */
package dev.scaleswell.loadtests.truth;
