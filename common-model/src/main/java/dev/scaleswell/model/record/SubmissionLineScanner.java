package dev.scaleswell.model.record;

import org.jspecify.annotations.Nullable;

/**
 * Reads the one shape nearly every submission line has, a flat JSON object of
 * {@code id, receivedAt, name, hero} strings without escapes and an {@code age} of 1-3
 * digits, in any order, without building a JSON tree. Anything else (escapes, unknown or
 * repeated fields, other types, bad syntax) is left to the full JSON reader, which
 * reports errors; so this never decides that a line is bad.
 */
final class SubmissionLineScanner {

	private final String line;

	private int at;

	@Nullable String id;

	@Nullable String receivedAt;

	@Nullable String name;

	@Nullable String hero;

	int age = -1;

	private SubmissionLineScanner(String line) {
		this.line = line;
	}

	/** The fields of {@code line}, or {@code null} if it is not of the simple shape. */
	static @Nullable SubmissionLineScanner scan(String line) {
		SubmissionLineScanner scanner = new SubmissionLineScanner(line);
		return scanner.object() ? scanner : null;
	}

	private boolean object() {
		if (!expect('{')) {
			return false;
		}
		do {
			String key = string();
			if (key == null || !expect(':') || !field(key)) {
				return false;
			}
		}
		while (expect(','));
		if (!expect('}')) {
			return false;
		}
		skipWhitespace();
		return this.at == this.line.length() && this.id != null && this.receivedAt != null && this.name != null
				&& this.hero != null && this.age >= 0;
	}

	private boolean field(String key) {
		switch (key) {
			case "id" -> {
				return this.id == null && (this.id = string()) != null;
			}
			case "receivedAt" -> {
				return this.receivedAt == null && (this.receivedAt = string()) != null;
			}
			case "name" -> {
				return this.name == null && (this.name = string()) != null;
			}
			case "hero" -> {
				return this.hero == null && (this.hero = string()) != null;
			}
			case "age" -> {
				return this.age < 0 && integer();
			}
			default -> {
				return false;
			}
		}
	}

	private @Nullable String string() {
		if (!expect('"')) {
			return null;
		}
		int start = this.at;
		for (int i = start; i < this.line.length(); i++) {
			char c = this.line.charAt(i);
			if (c == '"') {
				this.at = i + 1;
				return this.line.substring(start, i);
			}
			if (c == '\\' || c < 0x20) {
				return null;
			}
		}
		return null;
	}

	private boolean integer() {
		skipWhitespace();
		int start = this.at;
		int value = 0;
		while (this.at < this.line.length() && this.at - start < 3) {
			char c = this.line.charAt(this.at);
			if (c < '0' || c > '9') {
				break;
			}
			value = value * 10 + (c - '0');
			this.at++;
		}
		int digits = this.at - start;
		if (digits == 0 || (digits > 1 && this.line.charAt(start) == '0')
				|| this.at < this.line.length() && !isDelimiter(this.line.charAt(this.at))) {
			return false;
		}
		this.age = value;
		return true;
	}

	private static boolean isDelimiter(char c) {
		return c == ',' || c == '}' || c == ' ' || c == '\t' || c == '\r';
	}

	private boolean expect(char c) {
		skipWhitespace();
		if (this.at < this.line.length() && this.line.charAt(this.at) == c) {
			this.at++;
			return true;
		}
		return false;
	}

	private void skipWhitespace() {
		while (this.at < this.line.length()) {
			char c = this.line.charAt(this.at);
			if (c != ' ' && c != '\t' && c != '\r') {
				return;
			}
			this.at++;
		}
	}

}
