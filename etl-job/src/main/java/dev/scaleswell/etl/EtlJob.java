package dev.scaleswell.etl;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The ETL job's command line: one subcommand per step, each exiting 0 on success and
 * non-zero with a one-line reason on failure.
 */
@Command(name = "etl-job", mixinStandardHelpOptions = true, version = "etl-job 0.1.0",
		description = "Curates the raw data lake, trains and publishes the duel model.")
public final class EtlJob {

	public static void main(String[] args) {
		System.exit(commandLine().execute(args));
	}

	static CommandLine commandLine() {
		return new CommandLine(new EtlJob());
	}

}
