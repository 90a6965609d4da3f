package dev.scaleswell.deploy.monitoring;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a PromQL expression selects. Not a parser (promtool checks syntax): it
 * drops strings, label matchers, ranges and grouping clauses, then keeps the identifiers
 * that are neither functions, keywords nor numbers.
 */
final class PromQl {

	private static final Pattern STRING = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])*'");

	private static final Pattern MATCHERS = Pattern.compile("\\{[^}]*}");

	private static final Pattern RANGE = Pattern.compile("\\[[^]]*]");

	private static final Pattern GROUPING = Pattern
		.compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");

	private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.$])([a-zA-Z_:][a-zA-Z0-9_:]*)\\b(\\s*\\()?");

	private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "by", "without", "on",
			"ignoring", "group_left", "group_right", "inf", "nan", "Inf", "NaN", "e");

	private PromQl() {
	}

	static Set<String> metricNames(String expression) {
		String reduced = STRING.matcher(expression).replaceAll("\"\"");
		reduced = MATCHERS.matcher(reduced).replaceAll(" ");
		reduced = RANGE.matcher(reduced).replaceAll(" ");
		reduced = GROUPING.matcher(reduced).replaceAll(" ");
		Set<String> names = new TreeSet<>();
		Matcher matcher = IDENTIFIER.matcher(reduced);
		while (matcher.find()) {
			String identifier = matcher.group(1);
			boolean function = matcher.group(2) != null;
			if (!function && !KEYWORDS.contains(identifier)) {
				names.add(identifier);
			}
		}
		return names;
	}

}
