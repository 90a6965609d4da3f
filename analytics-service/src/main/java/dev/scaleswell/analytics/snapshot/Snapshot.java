package dev.scaleswell.analytics.snapshot;

import java.util.ArrayList;
import java.util.List;

import dev.scaleswell.lake.aggregate.AggregateBuilder;
import dev.scaleswell.lake.aggregate.Aggregates;
import dev.scaleswell.lake.aggregate.AnalyticsView;
import dev.scaleswell.lake.aggregate.DataVersion;
import dev.scaleswell.analytics.aggregate.HeroesView;
import dev.scaleswell.analytics.aggregate.LeaderboardView;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * One committed lake state, every resource pre-serialised: answering a request is a
 * memory copy.
 *
 * @param manifestEtag the ETag of the {@code latest.json} it was built from; {@code null}
 * for a confirmed empty lake
 * @param version which committed state it describes
 * @param analytics {@code GET /analytics}
 * @param heroes {@code GET /analytics/heroes}
 * @param leaderboards {@code GET /analytics/leaderboard?limit=n} at index {@code n - 1}
 * @param drift {@code GET /analytics/drift}; {@code null} before any drift report
 */
public record Snapshot(@Nullable String manifestEtag, DataVersion version, CachedJson analytics, CachedJson heroes,
		List<CachedJson> leaderboards, @Nullable CachedJson drift) {

	public Snapshot {
		leaderboards = List.copyOf(leaderboards);
		if (leaderboards.size() != AggregateBuilder.LEADERBOARD_MAX) {
			throw new IllegalArgumentException("one leaderboard per limit 1.." + AggregateBuilder.LEADERBOARD_MAX);
		}
	}

	static Snapshot of(@Nullable String manifestEtag, DataVersion version, Aggregates aggregates,
			byte @Nullable [] driftReport, JsonMapper json) {
		AnalyticsView view = aggregates.analytics();
		HeroesView heroes = new HeroesView(view.heroes(), version.dataAsOf(), version.etlRunId());
		List<CachedJson> leaderboards = new ArrayList<>(AggregateBuilder.LEADERBOARD_MAX);
		for (int limit = 1; limit <= AggregateBuilder.LEADERBOARD_MAX; limit++) {
			List<AnalyticsView.LeaderboardEntry> top = aggregates.leaderboard()
				.subList(0, Math.min(limit, aggregates.leaderboard().size()));
			leaderboards.add(CachedJson.of(json.writeValueAsBytes(
					new LeaderboardView(view.duels().recorded(), top, version.dataAsOf(), version.etlRunId()))));
		}
		return new Snapshot(manifestEtag, version, CachedJson.of(json.writeValueAsBytes(view)),
				CachedJson.of(json.writeValueAsBytes(heroes)), leaderboards,
				(driftReport != null) ? CachedJson.of(driftReport) : null);
	}

	/** The leaderboard with at most {@code limit} (1..100) entries. */
	public CachedJson leaderboard(int limit) {
		return this.leaderboards.get(limit - 1);
	}

}
