package dev.scaleswell.lake.aggregate;

import java.util.List;

import dev.scaleswell.lake.aggregate.AnalyticsView.LeaderboardEntry;

/**
 * Everything computed from one committed lake state.
 *
 * @param analytics the summary served by {@code GET /analytics}
 * @param leaderboard the leaderboard's top {@value AggregateBuilder#LEADERBOARD_MAX}
 * entries, best first
 */
public record Aggregates(AnalyticsView analytics, List<LeaderboardEntry> leaderboard) {

	public Aggregates {
		leaderboard = List.copyOf(leaderboard);
	}

}
