package dev.scaleswell.predict.model;

import java.util.LinkedHashSet;
import java.util.Set;

import dev.scaleswell.service.refresh.PeriodicRefresh;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the online figures of the versions serving now: every poll interval, one
 * conditional GET of each one's {@code online.json}. A version without one has no figures
 * yet; figures that cannot be read or parsed leave the last ones shown, and are logged
 * once.
 */
class OnlineRefresher extends PeriodicRefresh {

	private static final Logger log = LoggerFactory.getLogger(OnlineRefresher.class);

	private final OnlineEvaluationReader reader;

	private final ModelHolder models;

	private final OnlineFigures figures;

	private @Nullable String lastFailure;

	OnlineRefresher(OnlineEvaluationReader reader, ModelHolder models, OnlineFigures figures,
			OnlineProperties properties) {
		super("online-figures", properties.pollInterval());
		this.reader = reader;
		this.models = models;
		this.figures = figures;
	}

	@Override
	protected synchronized void refresh() {
		ServingModels serving = this.models.current();
		Set<String> versions = new LinkedHashSet<>();
		for (Variant variant : Variant.values()) {
			ServingModel model = serving.model(variant);
			if (model != null) {
				versions.add(model.version());
			}
		}
		this.figures.retainOnly(versions);
		for (String version : versions) {
			refresh(version);
		}
	}

	private void refresh(String version) {
		try {
			switch (this.reader.read(version, this.figures.etag(version))) {
				case OnlineEvaluationReader.Result.Changed changed ->
					this.figures.put(version, changed.evaluation(), changed.etag());
				case OnlineEvaluationReader.Result.Absent absent -> this.figures.remove(version);
				case OnlineEvaluationReader.Result.Unchanged unchanged -> {
				}
			}
			this.lastFailure = null;
		}
		catch (RuntimeException ex) {
			String failure = ex.getClass().getSimpleName() + ": " + ex.getMessage();
			if (!failure.equals(this.lastFailure)) {
				log.warn("Could not read the online figures of model {}, the last ones read stay shown: {}", version,
						failure);
				this.lastFailure = failure;
			}
		}
	}

}
