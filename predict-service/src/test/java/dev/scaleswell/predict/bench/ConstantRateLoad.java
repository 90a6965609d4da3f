package dev.scaleswell.predict.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Recorder;

/**
 * An open-model load generator for bin/bench-predict: sends {@code GET /duel} for random
 * pairs among {@code users} users at a constant {@code rate}, over keep-alive HTTP/1.1
 * connections, and measures each latency from the moment the request was due (so a
 * stalled server cannot hide its queueing: no coordinated omission). The first
 * {@code warmup} seconds run at the same rate and are discarded, so neither this JVM's
 * nor the server's JIT compilation after the previous phase counts as server latency.
 * <p>
 * {@code java ... ConstantRateLoad <port> <rate/s> <seconds> <users> <connections> [warmup seconds, 5] [path, /duel]}
 */
public final class ConstantRateLoad {

	private static final byte[] LAST_CHUNK = "0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

	private ConstantRateLoad() {
	}

	public static void main(String[] args) throws Exception {
		int port = Integer.parseInt(args[0]);
		double rate = Double.parseDouble(args[1]);
		int seconds = Integer.parseInt(args[2]);
		int users = Integer.parseInt(args[3]);
		int connections = Integer.parseInt(args[4]);
		int warmup = (args.length > 5) ? Integer.parseInt(args[5]) : 5;
		long warmupRequests = (long) (rate * warmup);
		String path = (args.length > 6) ? args[6] : "/duel";
		long total = warmupRequests + (long) (rate * seconds);
		long intervalNanos = (long) (1e9 / rate);
		long start = System.nanoTime() + 100_000_000L;
		long measuredFrom = start + warmupRequests * intervalNanos;
		AtomicLong next = new AtomicLong();
		AtomicLong errors = new AtomicLong();
		Recorder recorder = new Recorder(3);
		List<Thread> workers = new ArrayList<>();
		for (int c = 0; c < connections; c++) {
			long seed = c;
			workers.add(Thread.ofPlatform().daemon().start(() -> {
				SplittableRandom random = new SplittableRandom(seed);
				byte[] buffer = new byte[16 * 1024];
				Socket socket = null;
				try {
					for (long i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
						long due = start + i * intervalNanos;
						long wait = due - System.nanoTime();
						if (wait > 0) {
							LockSupport.parkNanos(wait);
						}
						if (socket == null) {
							socket = new Socket();
							socket.setTcpNoDelay(true);
							socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
						}
						int a = random.nextInt(users);
						int b = random.nextInt(users - 1);
						if (b >= a) {
							b++;
						}
						Outcome outcome = exchange(socket, port, path, a, b, buffer);
						if (outcome == Outcome.FAILED) {
							errors.incrementAndGet();
						}
						if (outcome != Outcome.KEEP_ALIVE) {
							socket.close();
							socket = null;
						}
						recorder.recordValue(Math.max(0, (System.nanoTime() - due) / 1000));
					}
				}
				catch (IOException ex) {
					errors.incrementAndGet();
				}
			}));
		}
		// the warm-up is recorded (so recording is compiled code), then discarded
		LockSupport.parkNanos(measuredFrom - System.nanoTime());
		recorder.getIntervalHistogram();
		for (Thread worker : workers) {
			worker.join();
		}
		var histogram = recorder.getIntervalHistogram();
		double elapsed = (System.nanoTime() - measuredFrom) / 1e9;
		System.out.printf(
				"constant-rate %s: target %.0f req/s, achieved %.0f req/s, %d requests, %d errors; latency ms "
						+ "p50 %.2f p90 %.2f p99 %.2f p99.9 %.2f max %.2f%n",
				path, rate, histogram.getTotalCount() / elapsed, histogram.getTotalCount(), errors.get(),
				histogram.getValueAtPercentile(50) / 1000.0, histogram.getValueAtPercentile(90) / 1000.0,
				histogram.getValueAtPercentile(99) / 1000.0, histogram.getValueAtPercentile(99.9) / 1000.0,
				histogram.getMaxValue() / 1000.0);
	}

	/** One GET on a keep-alive connection. */
	private static Outcome exchange(Socket socket, int port, String path, int a, int b, byte[] buffer)
			throws IOException {
		OutputStream out = socket.getOutputStream();
		out.write(("GET " + path + "?name1=Warrior%20" + a + "&name2=Warrior%20" + b + " HTTP/1.1\r\nHost: 127.0.0.1:"
				+ port + "\r\nAccept: application/json\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII));
		out.flush();
		InputStream in = socket.getInputStream();
		int length = 0;
		int headerEnd = -1;
		while (headerEnd < 0) {
			int read = in.read(buffer, length, buffer.length - length);
			if (read < 0) {
				return Outcome.FAILED;
			}
			length += read;
			headerEnd = indexOf(buffer, length);
		}
		String headers = new String(buffer, 0, headerEnd, StandardCharsets.US_ASCII);
		// Tomcat closes a keep-alive connection after max-keep-alive-requests: reconnect,
		// not a failure
		Outcome ok = !headers.startsWith("HTTP/1.1 200") ? Outcome.FAILED
				: headers.toLowerCase(Locale.ROOT).contains("\r\nconnection: close") ? Outcome.CLOSE
						: Outcome.KEEP_ALIVE;
		int contentLength = contentLength(headers);
		if (contentLength < 0) {
			// chunked: JSON bodies hold no CRLF, so the last chunk is the first
			// "0\r\n\r\n" at the end
			while (!endsWith(buffer, length, LAST_CHUNK)) {
				if (length == buffer.length) {
					System.arraycopy(buffer, length - LAST_CHUNK.length, buffer, 0, LAST_CHUNK.length);
					length = LAST_CHUNK.length;
				}
				int read = in.read(buffer, length, buffer.length - length);
				if (read < 0) {
					return Outcome.FAILED;
				}
				length += read;
			}
			return ok;
		}
		int remaining = headerEnd + 4 + contentLength - length;
		while (remaining > 0) {
			int read = in.read(buffer, 0, Math.min(buffer.length, remaining));
			if (read < 0) {
				return Outcome.FAILED;
			}
			remaining -= read;
		}
		return ok;
	}

	private enum Outcome {

		KEEP_ALIVE, CLOSE, FAILED

	}

	private static boolean endsWith(byte[] buffer, int length, byte[] suffix) {
		if (length < suffix.length) {
			return false;
		}
		for (int i = 0; i < suffix.length; i++) {
			if (buffer[length - suffix.length + i] != suffix[i]) {
				return false;
			}
		}
		return true;
	}

	private static int indexOf(byte[] buffer, int length) {
		for (int i = 0; i + 3 < length; i++) {
			if (buffer[i] == '\r' && buffer[i + 1] == '\n' && buffer[i + 2] == '\r' && buffer[i + 3] == '\n') {
				return i;
			}
		}
		return -1;
	}

	private static int contentLength(String headers) {
		for (String line : headers.split("\r\n")) {
			int colon = line.indexOf(':');
			if (colon > 0 && line.substring(0, colon).equalsIgnoreCase("Content-Length")) {
				return Integer.parseInt(line.substring(colon + 1).strip());
			}
		}
		return -1;
	}

}
