package dev.scaleswell.loadtests.config;

import java.util.Map;

/**
 * Reads typed values from a property map, refusing anything outside its stated bounds: a
 * load test with a mistyped rate or duration must fail before it sends a request, not run
 * for an hour.
 */
final class BoundedProperties {

	private final Map<String, String> properties;

	BoundedProperties(Map<String, String> properties) {
		this.properties = properties;
	}

	int intValue(String name, int defaultValue, int min, int max) {
		String raw = this.properties.get(name);
		if (raw == null || raw.isBlank()) {
			return defaultValue;
		}
		int value;
		try {
			value = Integer.parseInt(raw.strip());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(name + " must be an integer, was '" + raw + "'");
		}
		return checked(name, value, min, max);
	}

	double doubleValue(String name, double defaultValue, double min, double max) {
		String raw = this.properties.get(name);
		if (raw == null || raw.isBlank()) {
			return defaultValue;
		}
		double value;
		try {
			value = Double.parseDouble(raw.strip());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(name + " must be a number, was '" + raw + "'");
		}
		if (!(value >= min && value <= max)) {
			throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + raw);
		}
		return value;
	}

	boolean booleanValue(String name, boolean defaultValue) {
		String raw = this.properties.get(name);
		if (raw == null || raw.isBlank()) {
			return defaultValue;
		}
		return switch (raw.strip()) {
			case "true" -> true;
			case "false" -> false;
			default -> throw new IllegalArgumentException(name + " must be true or false, was '" + raw + "'");
		};
	}

	String stringValue(String name, String defaultValue) {
		String raw = this.properties.get(name);
		return (raw == null || raw.isBlank()) ? defaultValue : raw.strip();
	}

	private static int checked(String name, int value, int min, int max) {
		if (value < min || value > max) {
			throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
		}
		return value;
	}

}
