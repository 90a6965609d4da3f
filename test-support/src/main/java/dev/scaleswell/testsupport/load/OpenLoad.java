package dev.scaleswell.testsupport.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;

import org.HdrHistogram.Histogram;
import org.jspecify.annotations.Nullable;

/**
 * An open-model HTTP/1.1 load generator for the benchmarks: sends requests at a constant
 * rate over a fixed set of keep-alive connections and measures each latency from the
 * moment the request was due, so a server that stalls cannot hide its queueing (no
 * coordinated omission). A request due while every connection is busy waits for one, and
 * that wait counts.
 * <p>
 * One thread drives every connection through one selector: a generator with a thread per
 * connection spends its core waking threads, and its own scheduling delays show up as
 * server latency. The warm-up runs at the same rate and is not recorded. Latencies go
 * into an HdrHistogram (three significant digits, so a percentile is within 0.1% of the
 * exact one) rather than an array kept for sorting.
 */
public final class OpenLoad {

	private static final byte[] HEADER_END = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] LAST_CHUNK = "0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

	private static final long MAX_IDLE_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

	private final InetSocketAddress target;

	private final LongFunction<byte[]> requests;

	private final ResponseListener listener;

	/**
	 * @param requests the bytes of request number {@code n}, a complete HTTP/1.1 request
	 * @param listener told of every response, warm-up included
	 */
	public OpenLoad(InetSocketAddress target, LongFunction<byte[]> requests, ResponseListener listener) {
		this.target = target;
		this.requests = requests;
		this.listener = listener;
	}

	/** What a caller wants from each response (the ingest benchmark keeps the ids). */
	@FunctionalInterface
	public interface ResponseListener {

		void response(long request, int status, String body);

		ResponseListener NONE = (request, status, body) -> {
		};

	}

	/**
	 * Sends {@code rate} requests per second for {@code warmup} then {@code duration},
	 * and waits at most {@code drain} for the last answers.
	 */
	public Report run(double rate, Duration duration, Duration warmup, int connections, Duration drain)
			throws IOException {
		long interval = (long) (1e9 / rate);
		long warmupRequests = (long) (rate * warmup.toNanos() / 1e9);
		long total = warmupRequests + (long) (rate * duration.toNanos() / 1e9);
		Tally tally = new Tally(warmupRequests);
		ArrayDeque<Long> waiting = new ArrayDeque<>();
		ArrayDeque<Connection> idle = new ArrayDeque<>();
		try (Selector selector = Selector.open()) {
			for (int i = 0; i < connections; i++) {
				idle.add(new Connection(selector));
			}
			long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
			long deadline = start + total * interval + drain.toNanos();
			long next = 0;
			while (tally.answered < total && System.nanoTime() < deadline) {
				long now = System.nanoTime();
				for (; next < total && start + next * interval <= now; next++) {
					waiting.add(next);
				}
				while (!waiting.isEmpty() && !idle.isEmpty()) {
					long request = waiting.poll();
					Connection connection = idle.poll();
					Exchange failed = connection.send(request, start + request * interval,
							this.requests.apply(request));
					if (failed != null) {
						tally.add(failed);
						idle.add(connection);
					}
				}
				long wait = (next < total) ? start + next * interval - System.nanoTime() : MAX_IDLE_WAIT_NANOS;
				if (wait >= MAX_IDLE_WAIT_NANOS) {
					selector.select(Math.max(1, TimeUnit.NANOSECONDS.toMillis(wait)));
				}
				else if (selector.selectNow() == 0 && wait > 0) {
					LockSupport.parkNanos(wait);
				}
				for (SelectionKey key : selector.selectedKeys()) {
					Connection connection = (Connection) key.attachment();
					Exchange done = connection.onReady(key);
					if (done != null) {
						tally.add(done);
						if (!connection.reusable()) {
							connection.reconnect();
						}
						idle.add(connection);
					}
				}
				selector.selectedKeys().clear();
			}
			double seconds = (System.nanoTime() - (start + warmupRequests * interval)) / 1e9;
			return new Report(rate, tally.latencies.getTotalCount() / seconds, total - warmupRequests,
					tally.errors + (total - tally.answered), tally.statuses, tally.latencies);
		}
	}

	/**
	 * One run's figures.
	 *
	 * @param requests requests sent in the measured window (warm-up excluded)
	 * @param errors requests without an HTTP answer (connection failure or no answer in
	 * time), warm-up included
	 * @param statuses answers by HTTP status, warm-up included
	 * @param latencyNanos the measured window's latencies of answered requests
	 */
	public record Report(double targetRate, double achievedRate, long requests, long errors,
			Map<Integer, Long> statuses, Histogram latencyNanos) {

		/**
		 * The latency at percentile {@code p} (0 to 100) in milliseconds: the smallest
		 * recorded value at or below which {@code p}% of the values lie, within the
		 * histogram's 0.1% resolution.
		 */
		public double percentileMillis(double p) {
			if (this.latencyNanos.getTotalCount() == 0) {
				return Double.NaN;
			}
			return this.latencyNanos.getValueAtPercentile(p) / 1e6;
		}

		/** One line: rates, counts and the latency percentiles. */
		public String summary() {
			return String.format(Locale.ROOT,
					"target %.0f req/s, achieved %.0f req/s, %d requests, %d errors, statuses %s; latency ms "
							+ "p50 %.2f p90 %.2f p99 %.2f p99.9 %.2f max %.2f",
					this.targetRate, this.achievedRate, this.requests, this.errors, this.statuses, percentileMillis(50),
					percentileMillis(90), percentileMillis(99), percentileMillis(99.9), percentileMillis(100));
		}

	}

	private record Exchange(long request, int status, String body, long latencyNanos) {
	}

	/** Counts answers and keeps the measured window's latencies. */
	private final class Tally {

		private final long warmupRequests;

		private final Histogram latencies = new Histogram(3);

		private final Map<Integer, Long> statuses = new TreeMap<>();

		private long answered;

		private long errors;

		Tally(long warmupRequests) {
			this.warmupRequests = warmupRequests;
		}

		void add(Exchange exchange) {
			this.answered++;
			if (exchange.status() < 0) {
				this.errors++;
			}
			else {
				this.statuses.merge(exchange.status(), 1L, Long::sum);
				OpenLoad.this.listener.response(exchange.request(), exchange.status(), exchange.body());
				if (exchange.request() >= this.warmupRequests) {
					this.latencies.recordValue(exchange.latencyNanos());
				}
			}
		}

	}

	/**
	 * One keep-alive connection and the exchange in flight on it. A connection that
	 * cannot be opened (the server is down) fails each request it is given at once, and
	 * tries to open again with the next one.
	 */
	private final class Connection {

		private final Selector selector;

		private @Nullable SocketChannel channel;

		private @Nullable SelectionKey key;

		private ByteBuffer out = ByteBuffer.allocate(0);

		private byte[] in = new byte[16 * 1024];

		private int length;

		private long request;

		private long due;

		private boolean reusable;

		Connection(Selector selector) {
			this.selector = selector;
			open();
		}

		boolean reusable() {
			return this.reusable;
		}

		void reconnect() {
			close();
			open();
		}

		private void open() {
			try {
				SocketChannel opened = SocketChannel.open(OpenLoad.this.target);
				opened.setOption(StandardSocketOptions.TCP_NODELAY, true);
				opened.configureBlocking(false);
				this.key = opened.register(this.selector, 0, this);
				this.channel = opened;
			}
			catch (IOException ex) {
				close();
			}
		}

		private void close() {
			if (this.key != null) {
				this.key.cancel();
				this.key = null;
			}
			if (this.channel != null) {
				try {
					this.channel.close();
				}
				catch (IOException ex) {
					// closing a broken connection: nothing left to do
				}
				this.channel = null;
			}
		}

		/** Starts an exchange; the failed exchange if the connection broke at once. */
		@Nullable Exchange send(long request, long due, byte[] bytes) {
			this.request = request;
			this.due = due;
			this.length = 0;
			this.reusable = true;
			this.out = ByteBuffer.wrap(bytes);
			if (this.channel == null) {
				open();
			}
			if (this.channel == null || this.key == null) {
				return failed();
			}
			try {
				this.channel.write(this.out);
			}
			catch (IOException ex) {
				return failed();
			}
			this.key.interestOps(this.out.hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
			return null;
		}

		/** Progress on this connection; the finished exchange, if this completed one. */
		@Nullable Exchange onReady(SelectionKey ready) {
			SocketChannel open = (SocketChannel) ready.channel();
			try {
				if (ready.isWritable()) {
					open.write(this.out);
					if (!this.out.hasRemaining()) {
						ready.interestOps(SelectionKey.OP_READ);
					}
					return null;
				}
				if (this.length == this.in.length) {
					this.in = Arrays.copyOf(this.in, this.in.length * 2);
				}
				int read = open.read(ByteBuffer.wrap(this.in, this.length, this.in.length - this.length));
				if (read < 0) {
					return failed();
				}
				this.length += read;
				return complete();
			}
			catch (IOException ex) {
				return failed();
			}
		}

		private Exchange failed() {
			this.reusable = false;
			close();
			return new Exchange(this.request, -1, "", System.nanoTime() - this.due);
		}

		private @Nullable Exchange complete() {
			int headerEnd = indexOf(this.in, this.length, HEADER_END);
			if (headerEnd < 0) {
				return null;
			}
			String headers = new String(this.in, 0, headerEnd, StandardCharsets.US_ASCII).toLowerCase(Locale.ROOT);
			int bodyStart = headerEnd + HEADER_END.length;
			int contentLength = contentLength(headers);
			boolean whole = (contentLength >= 0) ? this.length >= bodyStart + contentLength
					: endsWith(this.in, this.length, LAST_CHUNK);
			if (!whole) {
				return null;
			}
			long latency = System.nanoTime() - this.due;
			if (this.key != null) {
				this.key.interestOps(0);
			}
			this.reusable = !headers.contains("\r\nconnection: close");
			int status = Integer.parseInt(headers.substring(9, 12));
			// chunked bodies keep their chunk framing: enough for a caller that searches
			// them
			int bodyEnd = (contentLength >= 0) ? bodyStart + contentLength : this.length;
			String body = new String(this.in, bodyStart, bodyEnd - bodyStart, StandardCharsets.UTF_8);
			return new Exchange(this.request, status, body, latency);
		}

	}

	private static int contentLength(String lowerCaseHeaders) {
		int at = lowerCaseHeaders.indexOf("\r\ncontent-length:");
		if (at < 0) {
			return -1;
		}
		int end = lowerCaseHeaders.indexOf('\r', at + 2);
		return Integer.parseInt(lowerCaseHeaders
			.substring(at + "\r\ncontent-length:".length(), (end < 0) ? lowerCaseHeaders.length() : end)
			.strip());
	}

	private static int indexOf(byte[] bytes, int length, byte[] wanted) {
		for (int i = 0; i + wanted.length <= length; i++) {
			if (Arrays.equals(bytes, i, i + wanted.length, wanted, 0, wanted.length)) {
				return i;
			}
		}
		return -1;
	}

	private static boolean endsWith(byte[] bytes, int length, byte[] suffix) {
		return length >= suffix.length
				&& Arrays.equals(bytes, length - suffix.length, length, suffix, 0, suffix.length);
	}

}
