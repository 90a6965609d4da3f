/**
 * Load-test settings read from system properties, each bounded, and the guard that keeps
 * every target on the loopback interface.
 */
package dev.scaleswell.loadtests.config;
