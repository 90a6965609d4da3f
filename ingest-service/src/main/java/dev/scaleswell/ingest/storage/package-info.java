/**
 * Durable group commit: a bounded queue and one writer per dataset that stores every
 * record batch as one gzip JSON-lines object in the raw zone before any request of the
 * batch is acknowledged.
 */
@NullMarked
package dev.scaleswell.ingest.storage;

import org.jspecify.annotations.NullMarked;
