package dev.scaleswell.etl;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

class EtlJobTests {

	@Test
	void helpShouldDescribeTheJobAndExitZero() {
		StringWriter out = new StringWriter();
		CommandLine command = EtlJob.commandLine();
		command.setOut(new PrintWriter(out));
		assertThat(command.execute("--help")).isZero();
		assertThat(out.toString()).contains("Usage: etl-job").contains("Curates the raw data lake");
	}

	@Test
	void unknownOptionShouldExitNonZeroWithAReason() {
		StringWriter err = new StringWriter();
		CommandLine command = EtlJob.commandLine();
		command.setErr(new PrintWriter(err));
		assertThat(command.execute("--no-such-option")).isNotZero();
		assertThat(err.toString()).contains("Unknown option: '--no-such-option'");
	}

}
