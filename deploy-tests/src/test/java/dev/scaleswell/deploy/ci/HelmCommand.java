package dev.scaleswell.deploy.ci;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.scaleswell.deploy.RepositoryFiles;

/**
 * The {@code helm upgrade --install} command of a workflow's shell script, read as Helm
 * reads it: the release, chart, namespace, flags, values files ({@code -f}) in order and
 * {@code --set} values, with shell variables expanded from given values.
 *
 * @param release the release name
 * @param chart the chart directory, relative to the repository root
 * @param namespace the {@code --namespace}
 * @param valuesFiles the {@code -f}/{@code --values} files, in order
 * @param sets the {@code --set} values, in order
 * @param flags every other option
 */
public record HelmCommand(String release, String chart, String namespace, List<Path> valuesFiles,
		Map<String, String> sets, List<String> flags) {

	private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)}|\\$(\\w+)");

	/**
	 * Finds the {@code helm upgrade} command in {@code script} (lines continued with a
	 * backslash joined) and expands {@code variables} in its words.
	 */
	public static HelmCommand parse(String script, Map<String, String> variables) {
		String command = script.replaceAll("\\\\\\n\\s*", " ")
			.lines()
			.map(String::strip)
			.filter((line) -> line.startsWith("helm upgrade "))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no helm upgrade command in:\n" + script));
		List<String> words = words(command).stream().map((word) -> expand(word, variables)).toList();
		List<String> positional = new ArrayList<>();
		List<Path> valuesFiles = new ArrayList<>();
		Map<String, String> sets = new LinkedHashMap<>();
		List<String> flags = new ArrayList<>();
		String namespace = "default";
		for (int i = 2; i < words.size(); i++) {
			String word = words.get(i);
			switch (word) {
				case "-f", "--values" -> valuesFiles.add(RepositoryFiles.resolve(words.get(++i)));
				case "--set" -> {
					String assignment = words.get(++i);
					int equals = assignment.indexOf('=');
					sets.put(assignment.substring(0, equals), assignment.substring(equals + 1));
				}
				case "-n", "--namespace" -> namespace = words.get(++i);
				case "--timeout" -> flags.add(word + "=" + words.get(++i));
				default -> {
					if (word.startsWith("-")) {
						flags.add(word);
					}
					else {
						positional.add(word);
					}
				}
			}
		}
		if (positional.size() != 2) {
			throw new AssertionError("expected a release and a chart in: " + command);
		}
		return new HelmCommand(positional.get(0), positional.get(1), namespace, valuesFiles, sets, flags);
	}

	/** Shell words: whitespace separates, double quotes group (and are removed). */
	private static List<String> words(String command) {
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		boolean quoted = false;
		boolean inWord = false;
		for (char c : command.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
				inWord = true;
			}
			else if (Character.isWhitespace(c) && !quoted) {
				if (inWord) {
					words.add(word.toString());
					word.setLength(0);
					inWord = false;
				}
			}
			else {
				word.append(c);
				inWord = true;
			}
		}
		if (inWord) {
			words.add(word.toString());
		}
		return words;
	}

	private static String expand(String word, Map<String, String> variables) {
		Matcher matcher = VARIABLE.matcher(word);
		StringBuilder expanded = new StringBuilder();
		while (matcher.find()) {
			String name = (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
			String value = variables.get(name);
			if (value == null) {
				throw new AssertionError("no value for $" + name + " in " + word);
			}
			matcher.appendReplacement(expanded, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(expanded);
		return expanded.toString();
	}

}
