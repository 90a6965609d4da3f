package dev.scaleswell.lake.aggregate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

import dev.scaleswell.lake.aggregate.AnalyticsView.AgeBand;
import dev.scaleswell.lake.aggregate.AnalyticsView.Duels;
import dev.scaleswell.lake.aggregate.AnalyticsView.HeroPopularity;
import dev.scaleswell.lake.aggregate.AnalyticsView.HeroSummary;
import dev.scaleswell.lake.aggregate.AnalyticsView.LeaderboardEntry;
import dev.scaleswell.lake.aggregate.AnalyticsView.StrongestPlayer;
import dev.scaleswell.model.hero.Hero;
import dev.scaleswell.model.hero.HeroCatalog;
import org.jspecify.annotations.Nullable;

/**
 * Computes {@link Aggregates} in streaming passes, holding only counters: per hero, per
 * age band, and per warrior that appears in a duel result. Feed every duel result's sides
 * first ({@link #addDuel}), then every user (a user's name replaces the name a duel
 * recorded), then, when {@link #unnamedLeaders} is not empty, every duel result again
 * ({@link #nameDuel}) for the spellings of leaders no user names, then {@link #build}.
 * Only the leaderboard's warriors are kept once the users begin, so a lake's names never
 * all sit in memory.
 *
 * <p>
 * Tie rules: heroes rank by users descending, then hero name ascending; the strongest
 * player is the highest rating, then the identity key ascending; the leaderboard ranks by
 * wins descending, then win rate descending, then identity key ascending (the
 * case-insensitive normalised name). A leader's name is its user's, else the latest
 * spelling its duel results recorded (on equal timestamps the smaller).
 */
public final class AggregateBuilder {

	/** The longest leaderboard kept and served. */
	public static final int LEADERBOARD_MAX = 100;

	/** The leaderboard length in {@code GET /analytics}. */
	public static final int SUMMARY_LEADERBOARD = 10;

	static final int[][] AGE_BANDS = { { 13, 19 }, { 20, 29 }, { 30, 39 }, { 40, 49 }, { 50, 59 }, { 60, 69 },
			{ 70, 79 }, { 80, 89 }, { 90, 100 } };

	private static final Comparator<DuelRecords.Duelist> RANKING = Comparator.comparingLong(DuelRecords.Duelist::wins)
		.reversed()
		.thenComparing(Comparator.comparingDouble(DuelRecords.Duelist::winRate).reversed())
		.thenComparing(DuelRecords.Duelist::key);

	private final Map<String, HeroTally> heroes = new HashMap<>();

	private final long[] ageBands = new long[AGE_BANDS.length];

	private @Nullable DuelRecords duelists = new DuelRecords();

	/** The leaderboard, by identity key in rank order, once the duel results are in. */
	private @Nullable Map<String, Leader> leaders;

	private long users;

	private long submissions;

	private long duels;

	private @Nullable Strongest strongest;

	public AggregateBuilder(HeroCatalog catalog) {
		for (Hero hero : catalog.all()) {
			this.heroes.put(hero.name(), new HeroTally());
		}
	}

	/**
	 * Counts one recorded duel result; a result whose winner is neither side, or whose
	 * sides are the same warrior, is skipped.
	 */
	public void addDuel(String key1, String key2, String winnerKey) {
		DuelRecords records = this.duelists;
		if (records == null) {
			throw new IllegalStateException("duel results must be added before users");
		}
		if (counts(key1, key2, winnerKey)) {
			this.duels++;
			boolean firstWon = winnerKey.equals(key1);
			records.record(key1, firstWon);
			records.record(key2, !firstWon);
		}
	}

	/**
	 * The leaders no user names, whose names {@link #nameDuel} takes from the duel
	 * results.
	 */
	public Set<String> unnamedLeaders() {
		Set<String> unnamed = new HashSet<>();
		leaders().forEach((key, leader) -> {
			if (leader.userName == null) {
				unnamed.add(key);
			}
		});
		return unnamed;
	}

	/**
	 * Offers a duel result's spellings to the leaders it names (the second pass over the
	 * duel results); skipped as {@link #addDuel} skips it.
	 */
	public void nameDuel(long receivedAt, String name1, String key1, String name2, String key2, String winnerKey) {
		if (counts(key1, key2, winnerKey)) {
			Map<String, Leader> ranked = leaders();
			Leader first = ranked.get(key1);
			if (first != null) {
				first.recorded(receivedAt, name1);
			}
			Leader second = ranked.get(key2);
			if (second != null) {
				second.recorded(receivedAt, name2);
			}
		}
	}

	/** Counts curated submissions (the rows of a submission file). */
	public void addSubmissions(long count) {
		this.submissions += count;
	}

	/**
	 * Counts one user of the users snapshot; {@code rating} is {@code null} until rated.
	 */
	public void addUser(String identityKey, String name, int age, String hero, @Nullable Double rating) {
		this.users++;
		this.heroes.computeIfAbsent(hero, (unknown) -> new HeroTally()).add(age, rating);
		this.ageBands[ageBand(age)]++;
		if (rating != null && Double.isFinite(rating) && (this.strongest == null || rating > this.strongest.rating
				|| (rating == this.strongest.rating && identityKey.compareTo(this.strongest.identityKey) < 0))) {
			this.strongest = new Strongest(identityKey, name, hero, age, rating);
		}
		Leader leader = leaders().get(identityKey);
		if (leader != null) {
			leader.userName = name;
		}
	}

	public Aggregates build(DataVersion version) {
		List<HeroSummary> heroSummaries = heroSummaries();
		HeroSummary top = heroSummaries.isEmpty() ? null : heroSummaries.getFirst();
		HeroPopularity mostPopular = (top != null && top.users() > 0)
				? new HeroPopularity(top.hero(), top.users(), top.share()) : null;
		StrongestPlayer strongestPlayer = (this.strongest != null) ? new StrongestPlayer(this.strongest.name,
				this.strongest.hero, this.strongest.age, this.strongest.rating) : null;
		List<AgeBand> histogram = new ArrayList<>(AGE_BANDS.length);
		for (int i = 0; i < AGE_BANDS.length; i++) {
			histogram.add(new AgeBand(AGE_BANDS[i][0], AGE_BANDS[i][1], this.ageBands[i]));
		}
		List<LeaderboardEntry> leaderboard = leaderboard();
		Duels duelSummary = new Duels(this.duels,
				leaderboard.subList(0, Math.min(SUMMARY_LEADERBOARD, leaderboard.size())));
		AnalyticsView view = new AnalyticsView(this.users, this.submissions, mostPopular, strongestPlayer,
				heroSummaries, List.copyOf(histogram), duelSummary, version.dataAsOf(), version.etlRunId(),
				version.modelVersion());
		return new Aggregates(view, leaderboard);
	}

	private List<HeroSummary> heroSummaries() {
		List<HeroSummary> summaries = new ArrayList<>(this.heroes.size());
		this.heroes.forEach((hero, tally) -> summaries.add(tally.summary(hero, this.users)));
		summaries.sort(Comparator.comparingLong(HeroSummary::users).reversed().thenComparing(HeroSummary::hero));
		return List.copyOf(summaries);
	}

	private List<LeaderboardEntry> leaderboard() {
		return leaders().values()
			.stream()
			.map((leader) -> new LeaderboardEntry(leader.displayName(), leader.record.wins(), leader.record.losses(),
					leader.record.winRate()))
			.toList();
	}

	/**
	 * The leaderboard, ranked on first use; the counts of every other warrior are dropped
	 * then.
	 */
	private Map<String, Leader> leaders() {
		if (this.leaders == null) {
			// A bounded heap whose head is the weakest kept: O(n log k) over every
			// warrior.
			PriorityQueue<DuelRecords.Duelist> best = new PriorityQueue<>(LEADERBOARD_MAX + 1, RANKING.reversed());
			if (this.duelists != null) {
				this.duelists.forEach((duelist) -> {
					best.add(duelist);
					if (best.size() > LEADERBOARD_MAX) {
						best.poll();
					}
				});
			}
			List<DuelRecords.Duelist> ranked = new ArrayList<>(best);
			ranked.sort(RANKING);
			Map<String, Leader> leaders = new LinkedHashMap<>();
			ranked.forEach((duelist) -> leaders.put(duelist.key(), new Leader(duelist)));
			this.leaders = leaders;
			this.duelists = null;
		}
		return this.leaders;
	}

	private static boolean counts(String key1, String key2, String winnerKey) {
		return !key1.equals(key2) && (winnerKey.equals(key1) || winnerKey.equals(key2));
	}

	private static int ageBand(int age) {
		return (age < 20) ? 0 : Math.min(AGE_BANDS.length - 1, age / 10 - 1);
	}

	private record Strongest(String identityKey, String name, String hero, int age, double rating) {
	}

	private static final class HeroTally {

		private long users;

		private long ageSum;

		private long rated;

		private double ratingSum;

		void add(int age, @Nullable Double rating) {
			this.users++;
			this.ageSum += age;
			if (rating != null && Double.isFinite(rating)) {
				this.rated++;
				this.ratingSum += rating;
			}
		}

		HeroSummary summary(String hero, long totalUsers) {
			double share = (totalUsers > 0) ? (double) this.users / totalUsers : 0.0;
			Double avgAge = (this.users > 0) ? (double) this.ageSum / this.users : null;
			Double avgRating = (this.rated > 0) ? this.ratingSum / this.rated : null;
			return new HeroSummary(hero, this.users, share, avgAge, avgRating);
		}

	}

	/** A warrior on the leaderboard and the names it goes by. */
	private static final class Leader {

		private final DuelRecords.Duelist record;

		private long lastSeenAt = Long.MIN_VALUE;

		private String recordedName = "";

		private @Nullable String userName;

		Leader(DuelRecords.Duelist record) {
			this.record = record;
		}

		void recorded(long receivedAt, String name) {
			// The latest recorded spelling; equal timestamps keep the smaller name.
			if (receivedAt > this.lastSeenAt
					|| (receivedAt == this.lastSeenAt && name.compareTo(this.recordedName) < 0)) {
				this.lastSeenAt = receivedAt;
				this.recordedName = name;
			}
		}

		String displayName() {
			return (this.userName != null) ? this.userName : this.recordedName;
		}

	}

}
