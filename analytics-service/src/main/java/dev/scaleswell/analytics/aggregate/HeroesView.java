package dev.scaleswell.analytics.aggregate;

import java.time.Instant;
import java.util.List;

import dev.scaleswell.lake.aggregate.AnalyticsView.HeroSummary;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code GET /analytics/heroes}: every hero, most users first (ties: hero
 * name ascending).
 */
public record HeroesView(List<HeroSummary> heroes, @Nullable Instant dataAsOf, @Nullable String etlRunId) {
}
