package dev.scaleswell.model.evaluation;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class OnlineEvaluationJsonTests {

	private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

	@Test
	void onlineEvaluationShouldRoundTripThroughJsonWithAVerdict() {
		PairedComparison comparison = PairedComparison.empty().add(0.7, 0.5).add(0.6, 0.55).add(0.9, 0.4);
		OnlineEvaluation evaluation = new OnlineEvaluation("v2", Instant.parse("2026-12-06T03:00:00Z"), "run-9",
				OnlineScores.empty().add(0.7, true).add(0.2, false),
				new OnlineEvaluation.Paired("v1", comparison, comparison.verdict(0.95, 200)));
		String text = this.json.writeValueAsString(evaluation);
		assertThat(this.json.readValue(text, OnlineEvaluation.class)).isEqualTo(evaluation);
		assertThat(text).contains("\"outcome\":\"INCONCLUSIVE\"");
	}

	@Test
	void aVerdictWithoutAnIntervalYetShouldRoundTrip() {
		PairedComparison comparison = PairedComparison.empty().add(0.7, 0.5);
		Verdict verdict = comparison.verdict(0.95, 200);
		Verdict read = this.json.readValue(this.json.writeValueAsString(verdict), Verdict.class);
		assertThat(read.interval().low()).isNaN();
		assertThat(read.outcome()).isEqualTo(Verdict.Outcome.INCONCLUSIVE);
	}

}
