package dev.scaleswell.predict.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.scaleswell.model.evaluation.Interval;
import dev.scaleswell.model.evaluation.OnlineEvaluation;
import dev.scaleswell.model.evaluation.OnlineScores;
import dev.scaleswell.model.evaluation.Verdict;
import org.jspecify.annotations.Nullable;

/**
 * A version's online figures as {@code GET /models} shows them: what the ETL measured on
 * recorded duels that happened after the version was published. A figure nothing was
 * measured for is {@code null}, never {@code NaN} (which JSON cannot carry).
 *
 * @param updatedAt when the ETL last added duels
 * @param throughRunId the last ETL run counted
 * @param duels duels scored
 * @param skipped recorded duels after publication left unscored: a warrior could not be
 * resolved
 * @param accuracy share of duels whose winner the version favoured, Wilson 95% interval
 * @param logLoss mean log-loss, normal 95% interval
 * @param brier mean Brier score, normal 95% interval
 * @param calibration per tenth of the predicted probability: how often the side given
 * that probability won
 */
record OnlineView(Instant updatedAt, @Nullable String throughRunId, long duels, long skipped, Estimate accuracy,
		Estimate logLoss, Estimate brier, List<CalibrationBin> calibration) {

	static OnlineView of(OnlineEvaluation evaluation) {
		OnlineScores scores = evaluation.scores();
		List<CalibrationBin> bins = new ArrayList<>(scores.bins().size());
		double width = 1.0 / scores.bins().size();
		for (int i = 0; i < scores.bins().size(); i++) {
			OnlineScores.Bin bin = scores.bins().get(i);
			bins.add(new CalibrationBin(i * width, (i + 1) * width, bin.duels(), number(bin.meanPredicted()),
					Estimate.of(bin.observed(), bin.observedInterval())));
		}
		return new OnlineView(evaluation.updatedAt(), evaluation.throughRunId(), scores.duels(), scores.skipped(),
				Estimate.of(scores.accuracy(), scores.accuracyInterval()),
				Estimate.of(scores.meanLogLoss(), scores.logLossInterval()),
				Estimate.of(scores.meanBrier(), scores.brierInterval()), List.copyOf(bins));
	}

	static @Nullable Double number(double value) {
		return Double.isFinite(value) ? value : null;
	}

	/**
	 * An estimate with its 95% interval; {@code null}s while nothing was measured.
	 *
	 * @param value the estimate
	 * @param low the interval's lower bound
	 * @param high its upper bound
	 */
	record Estimate(@Nullable Double value, @Nullable Double low, @Nullable Double high) {

		static Estimate of(double value, Interval interval) {
			return new Estimate(number(value), number(interval.low()), number(interval.high()));
		}

	}

	/**
	 * One tenth of the probability range.
	 *
	 * @param from the lowest predicted probability in it
	 * @param to the highest (exclusive, but for the last bin)
	 * @param duels duels predicted in this range
	 * @param meanPredicted their mean predicted probability
	 * @param observed how often the side given that probability won, with its Wilson
	 * interval
	 */
	record CalibrationBin(double from, double to, long duels, @Nullable Double meanPredicted, Estimate observed) {
	}

	/**
	 * The challenger's paired comparison with the champion, as the ETL last decided it.
	 *
	 * @param outcome {@code better}, {@code worse} or {@code inconclusive}, said of the
	 * challenger
	 * @param challengerVersion the challenger
	 * @param championVersion the champion it was paired with (a new champion starts the
	 * comparison over)
	 * @param duels paired duels
	 * @param meanLogLossDifference challenger minus champion per duel (negative: better)
	 * @param low the confidence sequence's lower bound for that mean
	 * @param high its upper bound
	 * @param confidence the confidence level
	 */
	record VerdictView(String outcome, String challengerVersion, String championVersion, long duels,
			@Nullable Double meanLogLossDifference, @Nullable Double low, @Nullable Double high, double confidence) {

		static @Nullable VerdictView of(OnlineEvaluation challenger) {
			OnlineEvaluation.Paired paired = challenger.paired();
			if (paired == null) {
				return null;
			}
			Verdict verdict = paired.verdict();
			return new VerdictView(verdict.outcome().label(), challenger.version(), paired.championVersion(),
					verdict.duels(), number(verdict.meanLogLossDifference()), number(verdict.interval().low()),
					number(verdict.interval().high()), verdict.confidence());
		}

	}

}
