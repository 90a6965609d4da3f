package dev.scaleswell.testsupport.hostile;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.scaleswell.testsupport.hostile.HostileRequests.Attack;
import dev.scaleswell.testsupport.hostile.RawExchange.Response;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends generated hostile requests to one endpoint of a running service and judges every
 * answer: a 2xx, or a 4xx whose body is an RFC 9457 problem detail of the same status. A
 * 5xx, a redirect, a hang, a reset or an answer that is not HTTP is a finding.
 */
public final class HostileInputCampaign {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	private static final int CONNECTIONS = 4;

	private HostileInputCampaign() {
	}

	public static Report attack(int port, Endpoint endpoint, int requests, long seed) throws Exception {
		HostileRequests generator = new HostileRequests(endpoint, seed, "127.0.0.1:" + port);
		List<Attack> attacks = new ArrayList<>(requests);
		for (int i = 0; i < requests; i++) {
			attacks.add(generator.next());
		}
		Map<Integer, Integer> statuses = Collections.synchronizedMap(new TreeMap<>());
		List<String> findings = Collections.synchronizedList(new ArrayList<>());
		try (ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS)) {
			List<Future<?>> sent = new ArrayList<>();
			for (Attack attack : attacks) {
				sent.add(pool.submit(() -> {
					Response response = RawExchange.send(port, attack.bytes(), TIMEOUT);
					statuses.merge(response.status(), 1, Integer::sum);
					String finding = judge(attack, response);
					if (finding != null) {
						findings.add(finding + "\n    request: " + attack.description());
					}
				}));
			}
			for (Future<?> each : sent) {
				each.get();
			}
		}
		return new Report(endpoint, requests, Map.copyOf(statuses), List.copyOf(findings));
	}

	/**
	 * Whether the service answers 200 on the path: to wait for readiness before a
	 * campaign.
	 */
	public static boolean isReady(int port, String path) {
		String request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n";
		return RawExchange.send(port, request.getBytes(java.nio.charset.StandardCharsets.US_ASCII), TIMEOUT)
			.status() == 200;
	}

	private static String judge(Attack attack, Response response) {
		if (!response.failure().isEmpty()) {
			return response.failure();
		}
		int status = response.status();
		if (status >= 200 && status < 300) {
			return null;
		}
		if (status < 400 || status >= 500) {
			return "answered " + status + ": " + Response.abbreviate(response.body());
		}
		if (attack.method().equals("HEAD")) {
			return null;
		}
		String type = response.headers().getOrDefault("content-type", "");
		if (!type.startsWith("application/problem+json")) {
			return "answered " + status + " as '" + type + "', not a problem detail: "
					+ Response.abbreviate(response.body());
		}
		try {
			JsonNode problem = JSON.readTree(response.body());
			if (problem.path("status").asInt() != status || problem.path("type").asString("").isEmpty()
					|| problem.path("title").asString("").isEmpty()) {
				return "answered " + status + " with an incomplete problem detail: " + response.body();
			}
		}
		catch (RuntimeException ex) {
			return "answered " + status + " with a body that is not JSON: " + Response.abbreviate(response.body());
		}
		return null;
	}

	/**
	 * What a campaign against one endpoint found.
	 *
	 * @param endpoint the endpoint attacked
	 * @param requests how many requests were sent
	 * @param statuses how many answers of each status (0 for transport failures)
	 * @param findings each answer that broke the contract, with its request
	 */
	public record Report(Endpoint endpoint, int requests, Map<Integer, Integer> statuses, List<String> findings) {

		@Override
		public String toString() {
			return this.endpoint + ": " + this.requests + " requests, answers by status " + this.statuses + ", "
					+ this.findings.size() + " findings";
		}

	}

}
