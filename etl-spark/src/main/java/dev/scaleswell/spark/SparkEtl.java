package dev.scaleswell.spark;

import java.time.Clock;
import java.util.Map;

import dev.scaleswell.lake.commit.LockHeldException;
import dev.scaleswell.spark.curate.CurateOnSparkCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The Spark job's command line, run by spark-submit (or the Spark Operator): the same
 * exit codes as etl-job, 0 on success, 1 on a failure, 2 for bad usage and 3 when another
 * run holds the ETL lease.
 */
@Command(name = "etl-spark", mixinStandardHelpOptions = true, version = "etl-spark 0.1.0",
		description = "Runs the ETL's curate step on Apache Spark.", subcommands = CurateOnSparkCommand.class,
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:success", "1:the step failed (the reason is printed)", "2:invalid command line",
				"3:another run holds the ETL lock" })
public final class SparkEtl {

	private static final Logger log = LoggerFactory.getLogger(SparkEtl.class);

	private final Map<String, String> environment;

	private final Clock clock;

	private SparkEtl(Map<String, String> environment, Clock clock) {
		this.environment = environment;
		this.clock = clock;
	}

	public static void main(String[] args) {
		System.exit(commandLine(System.getenv(), Clock.systemUTC()).execute(args));
	}

	/**
	 * The command line over {@code environment} and {@code clock} (tests pass their own).
	 */
	public static CommandLine commandLine(Map<String, String> environment, Clock clock) {
		return new CommandLine(new SparkEtl(environment, clock)).setExecutionExceptionHandler(new OneLineFailure());
	}

	public Map<String, String> environment() {
		return this.environment;
	}

	public Clock clock() {
		return this.clock;
	}

	/** A failed step prints one line, not a stack trace (which is logged at debug). */
	private static final class OneLineFailure implements IExecutionExceptionHandler {

		@Override
		public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
			String step = command.getCommandName();
			String reason = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
			command.getErr().println(step + " failed: " + reason.lines().findFirst().orElse(reason));
			log.debug("{} failed", step, ex);
			return (ex instanceof LockHeldException) ? LockHeldException.EXIT_CODE : 1;
		}

	}

}
