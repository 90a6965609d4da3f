package dev.scaleswell.etl.curate;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import dev.scaleswell.etl.EtlJob;
import dev.scaleswell.lake.commit.EtlLock;
import dev.scaleswell.model.record.Dataset;
import dev.scaleswell.testsupport.EmbeddedS3;
import dev.scaleswell.testsupport.lake.RawObjects;
import dev.scaleswell.testsupport.lake.TestLake;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

class CurateCommandTests {

	@RegisterExtension
	static EmbeddedS3 server = new EmbeddedS3();

	static final Instant NOW = Instant.parse("2026-12-01T19:00:00Z");

	TestLake lake;

	RawObjects raw;

	StringWriter out = new StringWriter();

	StringWriter err = new StringWriter();

	@BeforeEach
	void createLake() {
		this.lake = TestLake.create(server);
		this.raw = new RawObjects(this.lake.s3(), this.lake.bucket());
	}

	@AfterEach
	void closeLake() {
		this.lake.close();
	}

	@Test
	void curateShouldCommitAndPrintOneSummaryLine() {
		this.raw.put(Dataset.SUBMISSIONS, NOW, 1, CurateStepTests.submissions(3, NOW));
		assertThat(execute("curate")).isZero();
		assertThat(this.out.toString()).startsWith("curate: committed run ")
			.contains("submissions: 1 objects, 3 written");
		assertThat(this.lake.latest().totals().submissions()).isEqualTo(3);
		this.out.getBuffer().setLength(0);
		assertThat(execute("curate")).isZero();
		assertThat(this.out.toString()).contains("no new raw objects");
	}

	@Test
	void curateShouldExitThreeWhileAnotherRunHoldsTheLock() {
		try (EtlLock held = EtlLock.acquire(this.lake.s3(), this.lake.bucket(), "other-run", Duration.ofMinutes(5),
				Clock.fixed(NOW, ZoneOffset.UTC))) {
			assertThat(execute("curate")).isEqualTo(3);
			assertThat(this.err.toString()).isEqualTo("curate failed: the ETL lock is held by run other-run until "
					+ NOW.plus(Duration.ofMinutes(5)) + System.lineSeparator());
			assertThat(held.owner()).isEqualTo("other-run");
		}
	}

	@Test
	void unreachableStorageShouldExitOneWithAReason() {
		CommandLine command = EtlJob.commandLine(this.lake.environment(), Clock.fixed(NOW, ZoneOffset.UTC));
		command.setErr(new PrintWriter(this.err, true));
		assertThat(command.execute("curate", "--bucket", "no-such-bucket")).isEqualTo(1);
		assertThat(this.err.toString()).startsWith("curate failed: ").hasLineCount(1);
	}

	@Test
	void badOptionsShouldExitTwoAndHelpShouldDocumentEveryOption() {
		assertThat(execute("curate", "--late-tolerance", "soon")).isEqualTo(2);
		assertThat(this.err.toString()).contains("--late-tolerance");
		assertThat(execute("curate", "--help")).isZero();
		assertThat(this.out.toString()).contains("--late-tolerance", "--target-file-mb", "--parallelism", "--lease",
				"--endpoint", "--bucket", "--region", "--path-style");
		this.out.getBuffer().setLength(0);
		assertThat(execute("--help")).isZero();
		assertThat(this.out.toString()).contains("curate", "Exit codes:", "3   another run holds the ETL lock");
	}

	private int execute(String... args) {
		CommandLine command = EtlJob.commandLine(this.lake.environment(), Clock.fixed(NOW, ZoneOffset.UTC));
		command.setOut(new PrintWriter(this.out, true));
		command.setErr(new PrintWriter(this.err, true));
		return command.execute(args);
	}

}
