package dev.scaleswell.etl.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link RunReport} as indented JSON: the file the workflow uploads as an
 * artifact.
 */
public final class RunReportFile {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
		.build();

	private RunReportFile() {
	}

	public static void write(RunReport report, Path file) throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		Files.write(file, JSON.writeValueAsBytes(report));
	}

	public static RunReport read(Path file) throws IOException {
		return JSON.readValue(file.toFile(), RunReport.class);
	}

}
