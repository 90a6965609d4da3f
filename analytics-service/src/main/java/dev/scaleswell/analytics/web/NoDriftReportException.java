package dev.scaleswell.analytics.web;

/**
 * The committed lake names no drift report yet. Answered 404.
 */
class NoDriftReportException extends RuntimeException {

	NoDriftReportException() {
		super("No drift report has been committed yet");
	}

}
