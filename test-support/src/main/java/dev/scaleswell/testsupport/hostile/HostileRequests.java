package dev.scaleswell.testsupport.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;

/**
 * Generates hostile requests for an endpoint from a seed: the same seed gives the same
 * requests. Each request takes the endpoint's valid shape and breaks one to three things
 * about it: JSON values (wrong types, odd numbers, hostile strings), JSON syntax
 * (truncated, duplicate keys, trailing bytes, deep nesting, invalid UTF-8), query strings
 * (broken percent-escapes, raw bytes, repeated or missing parameters), headers
 * ({@code Idempotency-Key}, {@code X-API-Key}, {@code Content-Type}, {@code Accept},
 * oversized), the method, the path, the body's size and its framing.
 */
public final class HostileRequests {

	private static final String[] METHODS = { "GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE",
			"FOO", "G\u00c9T" };

	private static final String[] CONTENT_TYPES = { "application/json", "application/json; charset=utf-8",
			"application/json; charset=latin1", "text/plain", "application/xml", "application/x-www-form-urlencoded",
			"multipart/form-data; boundary=x", "multipart/form-data", "multipart/mixed", "", "garbage",
			"application/problem+json", "*/*", "application/json; charset=\"", "application/vnd.api+json" };

	private static final String[] ACCEPTS = { "*/*", "application/json", "text/html", "application/xml", "garbage",
			"application/problem+json", "text/plain;q=0.1", "image/png", "" };

	private static final String[] STRINGS = { "", " ", "Thor", "Hulk", "thor ", "THOR", "Ada", "Grace Hopper",
			"O'Brien", "Jean-Luc", "J.R.R.", "Z\u00e9", "\u00c5ngstr\u00f6m", "\u0645\u062d\u0645\u062f",
			"\u674e\u5c0f\u9f99", "e\u0301", "\ud83d\udc09", "\u202eevil", "a\u200bb", "\u0000", "a\u0000b", "\n",
			"\r\n", "\t", "<script>alert(1)</script>", "'; DROP TABLE users; --", "${jndi:ldap://x}", "%s%s%n",
			"../../etc/passwd", "\\", "\"", "null", "true", "-1", "1e309", "NaN", "\ufeffThor", "\ud800" };

	private static final String[] NUMBERS = { "0", "-1", "13", "12", "100", "101", "30.5", "30.0", "1e2", "-0", "1e309",
			"-1e309", "9223372036854775808", "99999999999999999999999999", "0.0000001", "1E-400", "0x1F", "017", "+5",
			".5", "5.", "NaN", "Infinity" };

	private final Random random;

	private final Endpoint endpoint;

	private final String host;

	public HostileRequests(Endpoint endpoint, long seed, String host) {
		this.random = new Random(seed ^ endpoint.toString().hashCode());
		this.endpoint = endpoint;
		this.host = host;
	}

	/** The next request: its bytes, and what was broken, for the failure message. */
	public Attack next() {
		List<String> broken = new ArrayList<>();
		String method = this.endpoint.method();
		String path = this.endpoint.path();
		if (chance(5)) {
			method = pick(METHODS);
			broken.add("method " + method);
		}
		if (chance(5)) {
			path = mutatePath(path);
			broken.add("path");
		}
		String query = query(broken);
		List<String> headers = new ArrayList<>();
		headers.add("Host: " + this.host);
		byte[] body = body(broken, headers);
		headers(broken, headers);
		boolean chunked = body.length > 0 && chance(10);
		if (chunked) {
			headers.add("Transfer-Encoding: chunked");
			broken.add("chunked");
		}
		else if (body.length > 0 || !method.equals("GET")) {
			headers.add("Content-Length: " + body.length);
		}
		headers.add("Connection: close");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		String target = path + (query.isEmpty() ? "" : "?" + query);
		out.writeBytes((method + " " + target + " HTTP/1.1\r\n").getBytes(StandardCharsets.UTF_8));
		for (String header : headers) {
			out.writeBytes(header.getBytes(StandardCharsets.UTF_8));
			out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
		}
		out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
		if (chunked) {
			int at = 0;
			while (at < body.length) {
				int size = Math.min(body.length - at, 1 + this.random.nextInt(4096));
				out.writeBytes((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
				out.write(body, at, size);
				out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
				at += size;
			}
			out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
		}
		else {
			out.writeBytes(body);
		}
		String description = method + " " + abbreviate(target) + " [" + String.join(", ", broken) + "] body "
				+ abbreviate(new String(body, StandardCharsets.UTF_8));
		return new Attack(method, out.toByteArray(), description);
	}

	private String query(List<String> broken) {
		List<String> pairs = new ArrayList<>();
		for (String name : this.endpoint.parameters()) {
			if (chance(10)) {
				broken.add("missing " + name);
				continue;
			}
			pairs.add(name + "=" + queryValue(broken));
			if (chance(5)) {
				pairs.add(name + "=" + queryValue(broken));
				broken.add("repeated " + name);
			}
		}
		if (chance(10)) {
			pairs.add(encode(pick(STRINGS)) + "=" + encode(pick(STRINGS)));
			broken.add("extra parameter");
		}
		return String.join("&", pairs);
	}

	private String queryValue(List<String> broken) {
		return switch (this.random.nextInt(8)) {
			case 0 -> {
				broken.add("broken escape");
				yield pick(new String[] { "%", "%z", "%zz", "Th%or", "%E0%A4", "%C3%28", "%FF", "%%", "%2", "%u0041" });
			}
			case 1 -> {
				broken.add("raw bytes in query");
				yield pick(new String[] { "a b", "\u00e9", "a\"b", "<>", "{}", "|", "a#b", "\\", "`" });
			}
			case 2 -> {
				broken.add("long value");
				yield "a".repeat(this.random.nextInt(20_000));
			}
			case 3 -> encode(pick(NUMBERS));
			case 4 -> "";
			default -> encode(pick(STRINGS));
		};
	}

	private byte[] body(List<String> broken, List<String> headers) {
		String valid = this.endpoint.validBody();
		if (valid == null) {
			if (chance(5)) {
				headers.add("Content-Type: " + pick(CONTENT_TYPES));
				broken.add("unexpected body");
				return pick(STRINGS).getBytes(StandardCharsets.UTF_8);
			}
			return new byte[0];
		}
		headers.add("Content-Type: " + (chance(10) ? contentType(broken) : "application/json"));
		return switch (this.random.nextInt(10)) {
			case 0, 1, 2 -> jsonValues(valid, broken).getBytes(StandardCharsets.UTF_8);
			case 3 -> syntax(valid, broken);
			case 4 -> {
				broken.add("deep nesting");
				int depth = 1 + this.random.nextInt(5000);
				yield ("{\"name\": " + "[".repeat(depth) + "]".repeat(depth) + "}").getBytes(StandardCharsets.UTF_8);
			}
			case 5 -> {
				broken.add("large body");
				yield ("{\"name\": \"" + "x".repeat(this.random.nextInt(300_000)) + "\"}")
					.getBytes(StandardCharsets.UTF_8);
			}
			case 6 -> {
				broken.add("not an object");
				yield pick(new String[] { "[]", "null", "1", "\"x\"", "true", "[" + valid + "]", "", " " })
					.getBytes(StandardCharsets.UTF_8);
			}
			default -> valid.getBytes(StandardCharsets.UTF_8);
		};
	}

	/**
	 * Replaces one to three values of the valid body with hostile ones, keeping the
	 * syntax.
	 */
	private String jsonValues(String valid, List<String> broken) {
		String body = valid;
		int mutations = 1 + this.random.nextInt(3);
		for (int i = 0; i < mutations; i++) {
			List<int[]> values = JsonScan.values(body);
			if (values.isEmpty()) {
				break;
			}
			int[] span = values.get(this.random.nextInt(values.size()));
			String replacement = hostileValue();
			broken.add("value " + abbreviate(body.substring(span[0], span[1])) + " -> " + abbreviate(replacement));
			body = body.substring(0, span[0]) + replacement + body.substring(span[1]);
		}
		if (chance(10)) {
			body = body.replaceFirst("\\{", Matcher.quoteReplacement("{\"unknown\": " + hostileValue() + ", "));
			broken.add("unknown field");
		}
		return body;
	}

	private String hostileValue() {
		return switch (this.random.nextInt(7)) {
			case 0 -> pick(NUMBERS);
			case 1 -> pick(new String[] { "null", "true", "false", "[]", "{}", "[1, 2]", "{\"a\": 1}" });
			case 2 -> quote("x".repeat(this.random.nextInt(100_000)));
			case 3 -> quote(pick(STRINGS) + pick(STRINGS));
			default -> quote(pick(STRINGS));
		};
	}

	private byte[] syntax(String valid, List<String> broken) {
		byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
		switch (this.random.nextInt(6)) {
			case 0 -> {
				broken.add("truncated");
				return java.util.Arrays.copyOf(bytes, this.random.nextInt(bytes.length));
			}
			case 1 -> {
				broken.add("duplicate key");
				int colon = valid.indexOf(':');
				int quote = valid.lastIndexOf('"', valid.lastIndexOf('"', colon) - 1);
				String key = valid.substring(quote, colon);
				return valid.replaceFirst("\\{", Matcher.quoteReplacement("{" + key + ": 1, "))
					.getBytes(StandardCharsets.UTF_8);
			}
			case 2 -> {
				broken.add("trailing bytes");
				return (valid + pick(new String[] { "}", " x", "{}", "\u0000", ",", valid }))
					.getBytes(StandardCharsets.UTF_8);
			}
			case 3 -> {
				broken.add("invalid UTF-8");
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				int at = Math.max(1, valid.indexOf('"', valid.indexOf(':')) + 1);
				out.write(bytes, 0, at);
				out.writeBytes(HexFormat.of()
					.parseHex(pick(new String[] { "c328", "ff", "e28228", "f0908c28", "c0af", "eda080" })));
				out.write(bytes, at, bytes.length - at);
				return out.toByteArray();
			}
			case 4 -> {
				broken.add("byte order mark");
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				out.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
				out.writeBytes(bytes);
				return out.toByteArray();
			}
			default -> {
				broken.add("comments and single quotes");
				return valid.replace('"', '\'').concat("// x").getBytes(StandardCharsets.UTF_8);
			}
		}
	}

	private void headers(List<String> broken, List<String> headers) {
		if (chance(20)) {
			String key = switch (this.random.nextInt(6)) {
				case 0 -> "";
				case 1 -> "k".repeat(1 + this.random.nextInt(400));
				case 2 -> "caf\u00e9 \u2603";
				case 3 -> "a\tb";
				default -> UUID.randomUUID().toString();
			};
			headers.add("Idempotency-Key: " + key);
			broken.add("Idempotency-Key " + abbreviate(key));
		}
		if (chance(10)) {
			headers.add("X-API-Key: " + pick(new String[] { "", "wrong", "\u00e9\u00e9", "k".repeat(1000) }));
			broken.add("X-API-Key");
		}
		if (chance(15)) {
			headers.add("Accept: " + pick(ACCEPTS));
			broken.add("Accept");
		}
		if (chance(3)) {
			headers.add("X-Big: " + "b".repeat(10_000 + this.random.nextInt(20_000)));
			broken.add("oversized header");
		}
		if (chance(5)) {
			headers.add("X-Forwarded-For: " + pick(new String[] { "garbage", "1.2.3.4, , ,", "::1", "300.1.1.1" }));
			broken.add("X-Forwarded-For");
		}
	}

	private String contentType(List<String> broken) {
		String type = pick(CONTENT_TYPES);
		broken.add("Content-Type " + type);
		return type;
	}

	private String mutatePath(String path) {
		return switch (this.random.nextInt(6)) {
			case 0 -> path + "/";
			case 1 -> path + "/..";
			case 2 -> path + ";jsessionid=x";
			case 3 -> "/" + path;
			case 4 -> path + "%2e%2e";
			default -> path.toUpperCase(java.util.Locale.ROOT);
		};
	}

	private boolean chance(int percent) {
		return this.random.nextInt(100) < percent;
	}

	private String pick(String[] values) {
		return values[this.random.nextInt(values.length)];
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String quote(String value) {
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			switch (c) {
				case '"' -> quoted.append("\\\"");
				case '\\' -> quoted.append("\\\\");
				default -> {
					if (c < 0x20) {
						quoted.append(String.format("\\u%04x", (int) c));
					}
					else {
						quoted.append(c);
					}
				}
			}
		}
		return quoted.append('"').toString();
	}

	private static String abbreviate(String text) {
		return (text.length() > 80) ? text.substring(0, 80) + "...(" + text.length() + " chars)" : text;
	}

	/** A generated request. */
	public record Attack(String method, byte[] bytes, String description) {

	}

}
