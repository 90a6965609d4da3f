package dev.scaleswell.deploy.container;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.scaleswell.deploy.RepositoryFiles;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * One deployable's image as {@code docker/Dockerfile} builds it: the instructions of the
 * module's target stage and of every stage it needs (its base, the stages it copies
 * from), in file order, with the build arg {@code MODULE} set to the module (continuation
 * lines joined, comments dropped). {@link #of(String, String, String)} reads another
 * Dockerfile the same way (etl-spark's). No Docker engine runs here; the release workflow
 * builds the images.
 */
public record Dockerfile(String module, List<Instruction> instructions) {

	public static final String PATH = "docker/Dockerfile";

	public static final List<String> MODULES = List.of("ingest-service", "predict-service", "analytics-service",
			"etl-job", "web-console");

	public static Dockerfile of(String module) {
		return of(PATH, module, module);
	}

	/**
	 * The image that the stage {@code target} of the Dockerfile at {@code path} builds,
	 * with the build arg {@code MODULE} set to {@code module}.
	 */
	public static Dockerfile of(String path, String target, String module) {
		List<Stage> stages = stages(path);
		Map<String, Stage> byName = stages.stream().collect(Collectors.toMap(Stage::name, Function.identity()));
		if (!byName.containsKey(target)) {
			throw new AssertionError(path + ": no stage named " + target);
		}
		Set<String> needed = new LinkedHashSet<>();
		need(target, byName, needed);
		List<Instruction> instructions = stages.stream()
			.filter((stage) -> needed.contains(stage.name()))
			.flatMap((stage) -> stage.instructions().stream())
			.map((instruction) -> new Instruction(instruction.keyword(),
					instruction.arguments().replace("${MODULE}", module)))
			.toList();
		return new Dockerfile(module, instructions);
	}

	/**
	 * Every stage of the file, in order; a stage without {@code AS} is named by its
	 * index.
	 */
	static List<Stage> stages() {
		return stages(PATH);
	}

	static List<Stage> stages(String path) {
		List<Stage> stages = new ArrayList<>();
		List<Instruction> current = null;
		for (Instruction instruction : parse(path)) {
			if (instruction.keyword().equals("FROM")) {
				String[] words = instruction.arguments().split("\\s+");
				String name = (words.length == 3 && words[1].equalsIgnoreCase("AS")) ? words[2]
						: String.valueOf(stages.size());
				current = new ArrayList<>();
				stages.add(new Stage(name, words[0], current));
			}
			if (current == null) {
				throw new AssertionError(path + ": " + instruction + " before the first FROM");
			}
			current.add(instruction);
		}
		return stages;
	}

	private static void need(String name, Map<String, Stage> byName, Set<String> needed) {
		Stage stage = byName.get(name);
		if (stage == null || !needed.add(name)) {
			return;
		}
		need(stage.base(), byName, needed);
		stage.instructions()
			.stream()
			.filter((instruction) -> instruction.keyword().equals("COPY"))
			.filter((copy) -> copy.arguments().startsWith("--from="))
			.forEach((copy) -> need(copy.arguments().substring("--from=".length()).split("\\s+")[0], byName, needed));
	}

	private static List<Instruction> parse(String path) {
		List<Instruction> instructions = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : RepositoryFiles.read(RepositoryFiles.resolve(path)).lines().toList()) {
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
		return instructions;
	}

	public List<String> all(String keyword) {
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
		return execForm("ENTRYPOINT");
	}

	/** The exec-form CMD as its argument list; fails on the shell form. */
	List<String> command() {
		return execForm("CMD");
	}

	private List<String> execForm(String keyword) {
		String value = last(keyword);
		if (!value.startsWith("[")) {
			throw new AssertionError(this.module + ": " + keyword + " is in shell form: " + value);
		}
		return JsonMapper.builder().build().readValue(value, new TypeReference<List<String>>() {
		});
	}

	record Instruction(String keyword, String arguments) {
	}

	/** A build stage: its name, what it is built {@code FROM}, its instructions. */
	record Stage(String name, String base, List<Instruction> instructions) {
	}

}
