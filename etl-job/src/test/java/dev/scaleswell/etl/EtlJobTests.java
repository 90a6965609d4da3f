package dev.scaleswell.etl;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

	@ParameterizedTest
	@ValueSource(strings = { "--version", "promote --version", "run -V" })
	void versionShouldNameTheJobOnEveryCommand(String args) {
		StringWriter out = new StringWriter();
		CommandLine command = EtlJob.commandLine();
		command.setOut(new PrintWriter(out));
		assertThat(command.execute(args.split(" "))).isZero();
		assertThat(out.toString()).startsWith("etl-job ");
	}

	@Test
	void badDurationShouldExit2NamingBothFormsWithoutAParserException() {
		StringWriter err = new StringWriter();
		CommandLine command = EtlJob.commandLine();
		command.setErr(new PrintWriter(err));
		assertThat(command.execute("run", "--curate-lag", "abc")).isEqualTo(2);
		assertThat(err.toString()).contains("'abc' is not a duration: write it as 15m").doesNotContain("Exception");
	}

}
