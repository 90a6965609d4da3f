package dev.scaleswell.analytics.aggregate;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import dev.scaleswell.lake.aggregate.AnalyticsView.AgeBand;
import dev.scaleswell.lake.aggregate.AnalyticsView.HeroPopularity;
import dev.scaleswell.lake.aggregate.AnalyticsView.HeroSummary;
import dev.scaleswell.lake.aggregate.AnalyticsView.LeaderboardEntry;
import dev.scaleswell.lake.aggregate.AnalyticsView.StrongestPlayer;
import dev.scaleswell.analytics.lake.HandComputedLake;
import dev.scaleswell.lake.aggregate.AggregateBuilder;
import dev.scaleswell.lake.aggregate.Aggregates;
import dev.scaleswell.lake.aggregate.AnalyticsView;
import dev.scaleswell.lake.aggregate.DataVersion;
import dev.scaleswell.model.hero.HeroCatalog;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.within;

class AggregateBuilderTests {

	private static final DataVersion VERSION = new DataVersion(Instant.parse("2026-12-01T19:00:04Z"),
			"20261201T190000Z-ab12cd", "20261201T185500Z-0a1b2c");

	private static final HeroCatalog CATALOG = HeroCatalog.standard();

	@Test
	void buildWhenLakeIsEmptyShouldAnswerZerosAndEveryHero() {
		AnalyticsView view = new AggregateBuilder(CATALOG).build(DataVersion.NONE).analytics();
		assertThat(view.totalUsers()).isZero();
		assertThat(view.totalSubmissions()).isZero();
		assertThat(view.mostPopularHero()).isNull();
		assertThat(view.strongestPlayer()).isNull();
		assertThat(view.heroes()).hasSize(CATALOG.all().size())
			.allSatisfy((hero) -> assertThat(hero)
				.extracting(HeroSummary::users, HeroSummary::share, HeroSummary::avgAge, HeroSummary::avgRating)
				.containsExactly(0L, 0.0, null, null));
		assertThat(view.heroes()).extracting(HeroSummary::hero).isSorted();
		assertThat(view.ageHistogram()).extracting(AgeBand::users).containsOnly(0L);
		assertThat(view.duels().recorded()).isZero();
		assertThat(view.duels().leaderboard()).isEmpty();
		assertThat(view.dataAsOf()).isNull();
		assertThat(view.etlRunId()).isNull();
	}

	@Test
	void mostPopularHeroWhenUsersTieShouldBeTheFirstHeroByName() {
		AnalyticsView view = handComputed().analytics();
		assertThat(view.totalUsers()).isEqualTo(5);
		assertThat(view.totalSubmissions()).isEqualTo(7);
		assertThat(view.mostPopularHero()).isEqualTo(new HeroPopularity("Hulk", 2, 0.4));
		assertThat(view.heroes().subList(0, 4)).extracting(HeroSummary::hero)
			.containsExactly("Hulk", "Thor", "Batman", "Aquaman");
	}

	@Test
	void heroSummariesShouldAverageAgesOverUsersAndRatingsOverRatedUsers() {
		List<HeroSummary> heroes = handComputed().analytics().heroes();
		assertThat(heroes.get(0)).isEqualTo(new HeroSummary("Hulk", 2, 0.4, 59.5, 0.80));
		assertThat(heroes.get(1).hero()).isEqualTo("Thor");
		assertThat(heroes.get(1).avgAge()).isEqualTo(29.5);
		assertThat(heroes.get(1).avgRating()).isCloseTo(0.75, within(1e-12));
		assertThat(heroes.get(2)).isEqualTo(new HeroSummary("Batman", 1, 0.2, 13.0, 0.50));
	}

	@Test
	void strongestPlayerWhenRatingsTieShouldBeTheFirstByIdentityKey() {
		assertThat(handComputed().analytics().strongestPlayer())
			.isEqualTo(new StrongestPlayer("bob", "Thor", 34, 0.80));
	}

	@Test
	void ageHistogramShouldPutEveryUserInOneInclusiveBand() {
		assertThat(handComputed().analytics().ageHistogram()).containsExactly(new AgeBand(13, 19, 2),
				new AgeBand(20, 29, 1), new AgeBand(30, 39, 1), new AgeBand(40, 49, 0), new AgeBand(50, 59, 0),
				new AgeBand(60, 69, 0), new AgeBand(70, 79, 0), new AgeBand(80, 89, 0), new AgeBand(90, 100, 1));
	}

	@Test
	void leaderboardShouldRankByWinsThenWinRateThenIdentityKeyAndKeepUnknownNames() {
		Aggregates aggregates = handComputed();
		assertThat(aggregates.analytics().duels().recorded()).isEqualTo(6);
		assertThat(aggregates.leaderboard()).containsExactly(new LeaderboardEntry("Dave", 2, 0, 1.0),
				new LeaderboardEntry("Zed", 2, 1, 2.0 / 3), new LeaderboardEntry("Alice", 1, 1, 0.5),
				new LeaderboardEntry("bob", 1, 1, 0.5), new LeaderboardEntry("Eve", 0, 1, 0.0),
				new LeaderboardEntry("Yan", 0, 2, 0.0));
		assertThat(aggregates.analytics().duels().leaderboard()).isEqualTo(aggregates.leaderboard());
	}

	@Test
	void leaderboardShouldKeepTheTopHundredAndSummaryTheTopTen() {
		AggregateBuilder builder = new AggregateBuilder(CATALOG);
		for (int i = 0; i < 150; i++) {
			// W0 wins 150 times, W1 149 times...: the sparring partner only loses.
			for (int win = 0; win < 150 - i; win++) {
				builder.addDuel("w" + i, "sparring", "w" + i);
			}
		}
		assertThat(builder.unnamedLeaders()).as("no users: every leader named by the duels").hasSize(100);
		for (int i = 0; i < 150; i++) {
			builder.nameDuel(i, "W" + i, "w" + i, "Sparring", "sparring", "w" + i);
		}
		Aggregates aggregates = builder.build(VERSION);
		assertThat(aggregates.leaderboard()).hasSize(AggregateBuilder.LEADERBOARD_MAX);
		assertThat(aggregates.leaderboard().getFirst()).isEqualTo(new LeaderboardEntry("W0", 150, 0, 1.0));
		assertThat(aggregates.leaderboard().getLast()).isEqualTo(new LeaderboardEntry("W99", 51, 0, 1.0));
		assertThat(aggregates.analytics().duels().leaderboard()).hasSize(AggregateBuilder.SUMMARY_LEADERBOARD);
	}

	@Test
	void addDuelAfterUsersShouldBeRejected() {
		AggregateBuilder builder = new AggregateBuilder(CATALOG);
		builder.addUser("ann", "Ann", 30, "Thor", null);
		assertThatIllegalStateException().isThrownBy(() -> builder.addDuel("a", "b", "a"));
	}

	@Test
	void buildShouldCarryTheDataVersion() {
		AnalyticsView view = handComputed().analytics();
		assertThat(view.dataAsOf()).isEqualTo(VERSION.dataAsOf());
		assertThat(view.etlRunId()).isEqualTo(VERSION.etlRunId());
		assertThat(view.modelVersion()).isEqualTo(VERSION.modelVersion());
	}

	private static Aggregates handComputed() {
		AggregateBuilder builder = new AggregateBuilder(CATALOG);
		duels()
			.forEach((duel) -> builder.addDuel(string(duel, "key1"), string(duel, "key2"), string(duel, "winner_key")));
		builder.addSubmissions(HandComputedLake.SUBMISSIONS_EARLY.size());
		builder.addSubmissions(HandComputedLake.SUBMISSIONS_LATE.size());
		for (GenericRecord user : HandComputedLake.USERS) {
			builder.addUser(string(user, "identity_key"), string(user, "name"), (Integer) user.get("age"),
					string(user, "hero"), (Double) user.get("rating"));
		}
		duels().forEach((duel) -> builder.nameDuel((Long) duel.get("received_at"), string(duel, "name1"),
				string(duel, "key1"), string(duel, "name2"), string(duel, "key2"), string(duel, "winner_key")));
		return builder.build(VERSION);
	}

	private static Stream<GenericRecord> duels() {
		return Stream.concat(HandComputedLake.DUELS_EARLY.stream(), HandComputedLake.DUELS_LATE.stream());
	}

	private static String string(GenericRecord record, String field) {
		return record.get(field).toString();
	}

}
