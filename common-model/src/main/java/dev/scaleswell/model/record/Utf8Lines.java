package dev.scaleswell.model.record;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * The lines of a UTF-8 stream, split on bytes before they are decoded: the same lines as
 * {@link java.io.BufferedReader#readLine()} over an {@code InputStreamReader} (a line
 * ends at {@code \n}, {@code \r} or {@code \r\n}; malformed bytes become U+FFFD), without
 * decoding through a char buffer first. A line terminator byte is never part of a
 * multi-byte sequence, so splitting first decodes every line the same.
 */
final class Utf8Lines {

	private final InputStream in;

	private byte[] buffer;

	private int start;

	private int end;

	private boolean eof;

	private boolean skipLineFeed;

	Utf8Lines(InputStream in, int bufferSize) {
		this.in = in;
		this.buffer = new byte[bufferSize];
	}

	/** The next line without its terminator, {@code null} at the end of the stream. */
	@Nullable String next() throws IOException {
		int scanned = this.start;
		while (true) {
			for (int i = scanned; i < this.end; i++) {
				byte b = this.buffer[i];
				if (this.skipLineFeed) {
					this.skipLineFeed = false;
					if (b == '\n' && i == this.start) {
						this.start++;
						continue;
					}
				}
				if (b == '\n' || b == '\r') {
					String line = new String(this.buffer, this.start, i - this.start, StandardCharsets.UTF_8);
					this.start = i + 1;
					this.skipLineFeed = b == '\r';
					return line;
				}
			}
			if (this.eof) {
				if (this.start == this.end) {
					return null;
				}
				String last = new String(this.buffer, this.start, this.end - this.start, StandardCharsets.UTF_8);
				this.start = this.end;
				return last;
			}
			scanned = fill();
		}
	}

	/**
	 * Reads more bytes after the current partial line; returns where scanning resumes.
	 */
	private int fill() throws IOException {
		int pending = this.end - this.start;
		if (this.start > 0) {
			System.arraycopy(this.buffer, this.start, this.buffer, 0, pending);
		}
		else if (pending == this.buffer.length) {
			this.buffer = Arrays.copyOf(this.buffer, this.buffer.length * 2);
		}
		this.start = 0;
		this.end = pending;
		int read = this.in.read(this.buffer, this.end, this.buffer.length - this.end);
		if (read < 0) {
			this.eof = true;
		}
		else {
			this.end += read;
		}
		return pending;
	}

}
