package dev.scaleswell.etl.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Collects what a run does, step by step, and turns it into a {@link RunReport}.
 */
public final class RunRecorder {

	private final Clock clock;

	private final Instant startedAt;

	private final List<StepTiming> steps = new ArrayList<>();

	private final Map<String, Map<String, Long>> records = new LinkedHashMap<>();

	private @Nullable String runId;

	private RunReport.@Nullable ModelSummary model;

	private RunReport.@Nullable DriftSummary drift;

	private List<RunReport.OnlineSummary> online = List.of();

	public RunRecorder(Clock clock) {
		this.clock = clock;
		this.startedAt = clock.instant();
	}

	/**
	 * Starts timing a step; the caller ends it with one of the returned timer's methods.
	 */
	public StepTimer start(String step) {
		return new StepTimer(step, this.clock.instant());
	}

	public void runId(String id) {
		this.runId = id;
	}

	public void records(String dataset, String outcome, long count) {
		this.records.computeIfAbsent(dataset, (d) -> new LinkedHashMap<>()).put(outcome, count);
	}

	public void model(RunReport.ModelSummary summary) {
		this.model = summary;
	}

	public void drift(RunReport.DriftSummary summary) {
		this.drift = summary;
	}

	public void online(List<RunReport.OnlineSummary> summaries) {
		this.online = List.copyOf(summaries);
	}

	public RunReport finish(@Nullable String failure) {
		return new RunReport(this.runId, this.startedAt, this.clock.instant(), failure == null, failure,
				List.copyOf(this.steps), Collections.unmodifiableMap(new LinkedHashMap<>(this.records)), this.model,
				this.drift, this.online);
	}

	/** A step being timed. */
	public final class StepTimer {

		private final String step;

		private final Instant started;

		private StepTimer(String step, Instant started) {
			this.step = step;
			this.started = started;
		}

		public void succeeded(String detail) {
			RunRecorder.this.steps.add(StepTiming.succeeded(this.step, elapsed(), detail));
		}

		public void skipped(String detail) {
			RunRecorder.this.steps.add(StepTiming.skipped(this.step, elapsed(), detail));
		}

		public void failed(String detail) {
			RunRecorder.this.steps.add(StepTiming.failed(this.step, elapsed(), detail));
		}

		private Duration elapsed() {
			return Duration.between(this.started, RunRecorder.this.clock.instant());
		}

	}

}
