package dev.scaleswell.lake.aggregate;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The body of {@code GET /analytics}.
 *
 * @param totalUsers users in the latest users snapshot
 * @param totalSubmissions curated submissions (every committed submission file's rows)
 * @param mostPopularHero the hero with most users (ties: hero name ascending);
 * {@code null} without users
 * @param strongestPlayer the user with the highest rating (ties: identity key ascending);
 * {@code null} until users are rated
 * @param heroes every hero, most users first (ties: hero name ascending)
 * @param ageHistogram users per age band
 * @param duels recorded duel results and the top of the leaderboard
 * @param dataAsOf when the ETL committed the data; {@code null} before the first run
 * @param etlRunId the ETL run that committed it
 * @param modelVersion the champion model that rated the users
 */
public record AnalyticsView(long totalUsers, long totalSubmissions, @Nullable HeroPopularity mostPopularHero,
		@Nullable StrongestPlayer strongestPlayer, List<HeroSummary> heroes, List<AgeBand> ageHistogram, Duels duels,
		@Nullable Instant dataAsOf, @Nullable String etlRunId, @Nullable String modelVersion) {

	/** The most popular hero and its share of all users (0..1). */
	public record HeroPopularity(String hero, long users, double share) {
	}

	/** The highest-rated user; {@code rating} is the mean P(win) against every hero. */
	public record StrongestPlayer(String name, String hero, int age, double rating) {
	}

	/**
	 * One hero's users: {@code avgAge} is {@code null} without users, {@code avgRating}
	 * without rated users.
	 */
	public record HeroSummary(String hero, long users, double share, @Nullable Double avgAge,
			@Nullable Double avgRating) {
	}

	/** Users aged {@code from} to {@code to}, both inclusive. */
	public record AgeBand(int from, int to, long users) {
	}

	/** How many duel results were recorded, and the leaderboard's top entries. */
	public record Duels(long recorded, List<LeaderboardEntry> leaderboard) {
	}

	/** One warrior's recorded duels; {@code winRate} is wins / (wins + losses). */
	public record LeaderboardEntry(String name, long wins, long losses, double winRate) {
	}

}
