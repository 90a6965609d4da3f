package dev.scaleswell.service.problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Sends bytes no well-behaved HTTP client would send (broken escapes, oversized request
 * lines) and reads the whole answer: the connection is closed after one request.
 */
record RawHttp(int port) {

	Answer send(String requestHead) throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(requestHead.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return Answer.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	/** A GET with the given request target, closing the connection after the answer. */
	Answer get(String target, String... headers) throws IOException {
		StringBuilder head = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n");
		for (String header : headers) {
			head.append(header).append("\r\n");
		}
		return send(head.append("Connection: close\r\n\r\n").toString());
	}

	record Answer(int status, String head, String body) {

		static Answer parse(String response) {
			int split = response.indexOf("\r\n\r\n");
			String head = (split < 0) ? response : response.substring(0, split);
			String body = (split < 0) ? "" : response.substring(split + 4);
			if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
				body = dechunk(body);
			}
			return new Answer(Integer.parseInt(head.substring(9, 12)), head, body);
		}

		private static String dechunk(String chunked) {
			StringBuilder body = new StringBuilder();
			int at = 0;
			while (true) {
				int lineEnd = chunked.indexOf("\r\n", at);
				int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
				if (size == 0) {
					return body.toString();
				}
				body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
				at = lineEnd + 2 + size + 2;
			}
		}

		String contentType() {
			for (String line : this.head.split("\r\n")) {
				if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
					return line.substring("content-type:".length()).trim();
				}
			}
			return "";
		}

	}

}
