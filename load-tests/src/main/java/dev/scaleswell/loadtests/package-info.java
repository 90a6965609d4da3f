/**
 * Plain-Java support for the Gatling simulations: settings, loopback guard, feeders and
 * the ramp's knee finder. Nothing here depends on Gatling, so it is unit-tested in the
 * build while the simulations themselves only run on demand.
 */
package dev.scaleswell.loadtests;
