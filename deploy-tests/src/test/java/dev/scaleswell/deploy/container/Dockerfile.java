package dev.scaleswell.deploy.container;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.scaleswell.deploy.RepositoryFiles;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Dockerfile of {@code docker/<module>/}, read as instructions (continuation lines
 * joined, comments dropped). No Docker engine runs here; the release workflow builds the
 * images.
 */
public record Dockerfile(String module, List<Instruction> instructions) {

	public static final List<String> MODULES = List.of("ingest-service", "predict-service", "analytics-service",
			"etl-job");

	public static Dockerfile of(String module) {
		Path file = RepositoryFiles.resolve("docker/" + module + "/Dockerfile");
		List<Instruction> instructions = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : RepositoryFiles.read(file).lines().toList()) {
			String trimmed = line.strip();
			if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.isEmpty())) {
				continue;
			}
			if (trimmed.endsWith("\\")) {
				current.append(trimmed, 0, trimmed.length() - 1).append(' ');
				continue;
			}
			current.append(trimmed);
			String text = current.toString().strip();
			current.setLength(0);
			if (!text.isEmpty()) {
				int space = text.indexOf(' ');
				instructions
					.add(new Instruction(text.substring(0, space).toUpperCase(), text.substring(space + 1).strip()));
			}
		}
		return new Dockerfile(module, instructions);
	}

	List<String> all(String keyword) {
		return this.instructions.stream()
			.filter((instruction) -> instruction.keyword().equals(keyword))
			.map(Instruction::arguments)
			.toList();
	}

	String last(String keyword) {
		List<String> found = all(keyword);
		if (found.isEmpty()) {
			throw new AssertionError(this.module + ": no " + keyword);
		}
		return found.get(found.size() - 1);
	}

	/** The exec-form ENTRYPOINT as its argument list; fails on the shell form. */
	public List<String> entrypoint() {
		String entrypoint = last("ENTRYPOINT");
		if (!entrypoint.startsWith("[")) {
			throw new AssertionError(this.module + ": ENTRYPOINT is in shell form: " + entrypoint);
		}
		return JsonMapper.builder().build().readValue(entrypoint, new TypeReference<List<String>>() {
		});
	}

	record Instruction(String keyword, String arguments) {
	}

}
