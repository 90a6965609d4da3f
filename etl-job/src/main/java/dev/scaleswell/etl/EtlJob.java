package dev.scaleswell.etl;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import dev.scaleswell.etl.job.DurationConverter;
import dev.scaleswell.etl.job.JarVersion;
import dev.scaleswell.etl.job.JobContext;
import dev.scaleswell.etl.curate.CurateCommand;
import dev.scaleswell.etl.drift.DriftCommand;
import dev.scaleswell.lake.commit.LockHeldException;
import dev.scaleswell.etl.registry.DemoteChallengerCommand;
import dev.scaleswell.etl.registry.ListModelsCommand;
import dev.scaleswell.etl.registry.PromoteCommand;
import dev.scaleswell.etl.registry.RollbackCommand;
import dev.scaleswell.etl.run.RunCommand;
import dev.scaleswell.etl.train.TrainCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The ETL job's command line: one subcommand per step, each exiting 0 on success, 1 on a
 * failure and 3 when another run holds the lock, with a one-line reason; 2 for bad usage.
 * A new step is one more entry in {@code subcommands}.
 */
@Command(name = "etl-job", mixinStandardHelpOptions = true, versionProvider = JarVersion.class,
		description = "Curates the raw data lake, trains and publishes the duel model.",
		subcommands = { CurateCommand.class, RunCommand.class, TrainCommand.class, PromoteCommand.class,
				RollbackCommand.class, DemoteChallengerCommand.class, ListModelsCommand.class, DriftCommand.class },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:success", "1:the step failed (the reason is printed)", "2:invalid command line",
				"3:another run holds the ETL lock" })
public final class EtlJob implements JobContext {

	private static final Logger log = LoggerFactory.getLogger(EtlJob.class);

	private final Map<String, String> environment;

	private final Clock clock;

	EtlJob(Map<String, String> environment, Clock clock) {
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
		CommandLine line = new CommandLine(new EtlJob(environment, clock))
			.setExecutionExceptionHandler(new OneLineFailure())
			.registerConverter(Duration.class, new DurationConverter());
		// a subcommand's --version names the jar too, instead of printing nothing
		JarVersion version = new JarVersion();
		line.getSubcommands().values().forEach((sub) -> sub.getCommandSpec().versionProvider(version));
		return line;
	}

	static CommandLine commandLine() {
		return commandLine(System.getenv(), Clock.systemUTC());
	}

	@Override
	public Map<String, String> environment() {
		return this.environment;
	}

	@Override
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
