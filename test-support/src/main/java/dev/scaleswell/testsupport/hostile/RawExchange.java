package dev.scaleswell.testsupport.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One request written as raw bytes on its own connection ({@code Connection: close}), and
 * the whole answer read back. The body is written on another thread while the answer is
 * read, so that a server that answers early (413) and stops reading is not taken for a
 * reset.
 */
public final class RawExchange {

	private RawExchange() {
	}

	public static Response send(int port, byte[] request, Duration timeout) {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
			socket.setSoTimeout(Math.toIntExact(timeout.toMillis()));
			OutputStream out = socket.getOutputStream();
			Thread writer = Thread.ofVirtual().start(() -> {
				try {
					out.write(request);
					out.flush();
				}
				catch (IOException ex) {
					// the server answered and closed before reading everything: judged by
					// the answer
				}
			});
			byte[] answer = readAll(socket.getInputStream());
			writer.join(timeout.toMillis());
			if (answer.length == 0) {
				return Response.failure("closed without an answer");
			}
			return Response.parse(answer);
		}
		catch (SocketTimeoutException ex) {
			return Response.failure("no complete answer within " + timeout + " (hang)");
		}
		catch (IOException ex) {
			return Response.failure("connection failed: " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Response.failure("interrupted");
		}
	}

	private static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		int read;
		while ((read = in.read(buffer)) >= 0) {
			bytes.write(buffer, 0, read);
		}
		return bytes.toByteArray();
	}

	/**
	 * An answer: its status, headers (lower-case names) and de-chunked body; or the
	 * transport failure that stood in its place (status 0).
	 */
	public record Response(int status, Map<String, String> headers, String body, String failure) {

		static Response failure(String why) {
			return new Response(0, Map.of(), "", why);
		}

		static Response parse(byte[] raw) {
			String text = new String(raw, StandardCharsets.UTF_8);
			int split = text.indexOf("\r\n\r\n");
			if (!text.startsWith("HTTP/1.1 ") || split < 0) {
				return failure("not an HTTP response: " + abbreviate(text));
			}
			String[] lines = text.substring(0, split).split("\r\n");
			Map<String, String> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				if (colon > 0) {
					headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
							lines[i].substring(colon + 1).trim());
				}
			}
			String body = text.substring(split + 4);
			if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
				body = dechunk(body);
			}
			return new Response(Integer.parseInt(lines[0].substring(9, 12)), headers, body, "");
		}

		private static String dechunk(String chunked) {
			StringBuilder body = new StringBuilder();
			int at = 0;
			while (at < chunked.length()) {
				int lineEnd = chunked.indexOf("\r\n", at);
				if (lineEnd < 0) {
					break;
				}
				int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
				if (size == 0) {
					break;
				}
				// sizes count bytes, the text counts chars: re-encode to cut exactly
				byte[] rest = chunked.substring(lineEnd + 2).getBytes(StandardCharsets.UTF_8);
				String chunk = new String(rest, 0, Math.min(size, rest.length), StandardCharsets.UTF_8);
				body.append(chunk);
				at = lineEnd + 2 + chunk.length() + 2;
			}
			return body.toString();
		}

		static String abbreviate(String text) {
			return (text.length() > 200) ? text.substring(0, 200) + "..." : text;
		}

	}

}
