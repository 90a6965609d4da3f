package dev.scaleswell.predict.bench;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.SplittableRandom;

import dev.scaleswell.testsupport.load.OpenLoad;

/**
 * bin/bench-predict's constant-rate phase: {@code GET <path>?name1=&name2=} for random
 * pairs among {@code users} users, at a constant rate (see {@link OpenLoad}).
 * <p>
 * {@code java ... ConstantRateLoad <port> <rate/s> <seconds> <users> <connections> <warmup seconds> <path>}
 */
public final class ConstantRateLoad {

	private ConstantRateLoad() {
	}

	public static void main(String[] args) throws Exception {
		int port = Integer.parseInt(args[0]);
		double rate = Double.parseDouble(args[1]);
		Duration duration = Duration.ofSeconds(Long.parseLong(args[2]));
		int users = Integer.parseInt(args[3]);
		int connections = Integer.parseInt(args[4]);
		Duration warmup = Duration.ofSeconds(Long.parseLong(args[5]));
		String path = args[6];
		SplittableRandom random = new SplittableRandom(42);
		OpenLoad load = new OpenLoad(new InetSocketAddress("127.0.0.1", port), (request) -> {
			int a = random.nextInt(users);
			int b = random.nextInt(users - 1);
			if (b >= a) {
				b++;
			}
			return ("GET " + path + "?name1=Warrior%20" + a + "&name2=Warrior%20" + b + " HTTP/1.1\r\nHost: 127.0.0.1:"
					+ port + "\r\nAccept: application/json\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII);
		}, OpenLoad.ResponseListener.NONE);
		OpenLoad.Report report = load.run(rate, duration, warmup, connections, Duration.ofSeconds(10));
		System.out.println("constant-rate " + path + ": " + report.summary());
	}

}
