/**
 * Feeders that send realistic traffic: a pool of generated warrior names reused with a
 * Zipf-like skew (a few names are submitted and duelled very often, most rarely), each
 * name with a stable profile, and duels between heroes and users.
 */
package dev.scaleswell.loadtests.feed;
