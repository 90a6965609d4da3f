package dev.scaleswell.model.record;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class Utf8LinesTests {

	@ParameterizedTest
	@ValueSource(strings = { "", "a", "a\n", "a\nb", "a\r\nb\r\n", "a\rb\r", "\r\n\r\n", "\n\n\r\r", "a\r\r\nb",
			"Zoë Åberg\nSøren\r\nJosé", "x\r" })
	void linesShouldBeThoseOfBufferedReader(String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		for (int bufferSize = 1; bufferSize <= 4; bufferSize++) {
			assertThat(lines(bytes, bufferSize, 1)).as("buffer %d", bufferSize).isEqualTo(readerLines(bytes));
		}
	}

	@Test
	void randomBytesShouldSplitAndDecodeAsBufferedReaderDoes() throws IOException {
		// line terminators, ASCII, multi-byte sequences, and malformed or cut sequences
		byte[][] pieces = { { '\n' }, { '\r' }, { '\r', '\n' }, { 'a' }, { ' ' }, "é".getBytes(StandardCharsets.UTF_8),
				"€".getBytes(StandardCharsets.UTF_8), "😀".getBytes(StandardCharsets.UTF_8), { (byte) 0xC3 },
				{ (byte) 0xE2, (byte) 0x82 }, { (byte) 0xFF }, { (byte) 0x80 } };
		SplittableRandom random = new SplittableRandom(21);
		for (int sample = 0; sample < 2_000; sample++) {
			List<Byte> input = new ArrayList<>();
			int count = random.nextInt(60);
			for (int i = 0; i < count; i++) {
				for (byte b : pieces[random.nextInt(pieces.length)]) {
					input.add(b);
				}
			}
			byte[] bytes = new byte[input.size()];
			for (int i = 0; i < bytes.length; i++) {
				bytes[i] = input.get(i);
			}
			int bufferSize = 1 + random.nextInt(8);
			int chunk = 1 + random.nextInt(5);
			assertThat(lines(bytes, bufferSize, chunk)).isEqualTo(readerLines(bytes));
		}
	}

	private static List<String> lines(byte[] bytes, int bufferSize, int chunk) throws IOException {
		Utf8Lines lines = new Utf8Lines(new Trickle(bytes, chunk), bufferSize);
		List<String> result = new ArrayList<>();
		for (String line = lines.next(); line != null; line = lines.next()) {
			result.add(line);
		}
		return result;
	}

	private static List<String> readerLines(byte[] bytes) throws IOException {
		BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
		return reader.lines().toList();
	}

	/** Hands out at most {@code chunk} bytes a read, as a network or inflater may. */
	private static final class Trickle extends InputStream {

		private final byte[] bytes;

		private final int chunk;

		private int at;

		Trickle(byte[] bytes, int chunk) {
			this.bytes = bytes;
			this.chunk = chunk;
		}

		@Override
		public int read() {
			return (this.at < this.bytes.length) ? this.bytes[this.at++] & 0xFF : -1;
		}

		@Override
		public int read(byte[] b, int off, int len) {
			if (this.at >= this.bytes.length) {
				return -1;
			}
			int n = Math.min(Math.min(len, this.chunk), this.bytes.length - this.at);
			System.arraycopy(this.bytes, this.at, b, off, n);
			this.at += n;
			return n;
		}

	}

}
