package dev.scaleswell.etl.job;

import java.time.Clock;
import java.util.Map;

/**
 * What every subcommand takes from the job it runs in: the environment its S3 settings
 * are read from, and the clock (tests pass their own). Subcommands see this, not the root
 * command, so no package depends on the one that assembles them.
 */
public interface JobContext {

	/** The environment variables the S3 settings are read from. */
	Map<String, String> environment();

	Clock clock();

}
