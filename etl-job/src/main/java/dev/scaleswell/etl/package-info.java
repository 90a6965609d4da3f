/**
 * The ETL job: curate, train, gate, publish, drift.
 */
package dev.scaleswell.etl;
