package dev.scaleswell.testsupport.lake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One raw line of each kind curate quarantines, in a fixed order: the tests of both
 * engines read the same catalogue, so a kind added here is checked by each.
 */
public final class BadLines {

	private BadLines() {
	}

	/**
	 * Bad submission lines: malformed JSON, not an object, no id, an id that is no UUID,
	 * an age out of range or not an integer, an unknown hero, a hero's name, a blank, a
	 * markup and a too long name, then an empty and a blank line. Those with an id carry
	 * {@code id} and {@code receivedAt}.
	 */
	public static List<String> submissions(UUID id, Instant receivedAt) {
		String received = "\"receivedAt\":\"" + receivedAt + "\"";
		String identified = "{\"id\":\"" + id + "\"," + received;
		return List.of("{not json", "[1,2]", "{" + received + "}",
				"{\"id\":\"nope\"," + received + ",\"name\":\"A\",\"age\":20,\"hero\":\"Thor\"}",
				identified + ",\"name\":\"Ada\",\"age\":12,\"hero\":\"Thor\"}",
				identified + ",\"name\":\"Ada\",\"age\":\"20\",\"hero\":\"Thor\"}",
				identified + ",\"name\":\"Ada\",\"age\":20,\"hero\":\"Nobody\"}",
				identified + ",\"name\":\"thor\",\"age\":20,\"hero\":\"Thor\"}",
				identified + ",\"name\":\"   \",\"age\":20,\"hero\":\"Thor\"}",
				identified + ",\"name\":\"<script>\",\"age\":20,\"hero\":\"Thor\"}",
				identified + ",\"name\":\"" + "x".repeat(65) + "\",\"age\":20,\"hero\":\"Thor\"}", "", "   ");
	}

	/**
	 * Bad duel-result lines: the same warrior on both sides, a winner who did not fight,
	 * an {@code occurredAt} that is no instant.
	 */
	public static List<String> duelResults(UUID id, Instant receivedAt) {
		String identified = "{\"id\":\"" + id + "\",\"receivedAt\":\"" + receivedAt + "\"";
		return List.of(identified + ",\"name1\":\"Ada\",\"name2\":\"ada\",\"winner\":\"Ada\"}",
				identified + ",\"name1\":\"Ada\",\"name2\":\"Bob\",\"winner\":\"Carl\"}",
				identified + ",\"name1\":\"Ada\",\"name2\":\"Bob\",\"winner\":\"Bob\",\"occurredAt\":\"yesterday\"}");
	}

}
