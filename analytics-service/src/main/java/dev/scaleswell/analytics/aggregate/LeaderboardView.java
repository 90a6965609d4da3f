package dev.scaleswell.analytics.aggregate;

import java.time.Instant;
import java.util.List;

import dev.scaleswell.lake.aggregate.AnalyticsView.LeaderboardEntry;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code GET /analytics/leaderboard}: wins descending, then win rate
 * descending, then identity key ascending.
 *
 * @param recorded every duel result counted
 * @param leaderboard the best warriors, at most the requested limit
 * @param dataAsOf when the ETL committed the data
 * @param etlRunId the ETL run that committed it
 */
public record LeaderboardView(long recorded, List<LeaderboardEntry> leaderboard, @Nullable Instant dataAsOf,
		@Nullable String etlRunId) {
}
