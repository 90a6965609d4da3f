package dev.scaleswell.predict.model;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.scaleswell.model.registry.ModelManifest;
import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ModelsController {

	private final ModelHolder holder;

	private final OnlineFigures online;

	ModelsController(ModelHolder holder, OnlineFigures online) {
		this.holder = holder;
		this.online = online;
	}

	@GetMapping(path = "/models", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The champion and challenger serving now, with their manifests' metrics and lineage, "
			+ "their online figures on recorded duels and the challenger's verdict")
	Models models() {
		ServingModels serving = this.holder.current();
		ServingModel challenger = serving.challenger();
		OnlineView.VerdictView verdict = (challenger != null)
				? this.online.of(challenger.version()).map(OnlineView.VerdictView::of).orElse(null) : null;
		return new Models(served(serving.champion(), 1.0 - serving.weight(), false),
				served(challenger, serving.weight(), serving.shadow()), verdict);
	}

	private @Nullable Served served(@Nullable ServingModel model, double share, boolean shadow) {
		if (model == null) {
			return null;
		}
		OnlineView figures = this.online.of(model.version()).map(OnlineView::of).orElse(null);
		return new Served(model.version(), share, shadow, model.loadedAt(), model.manifest(), figures);
	}

	/**
	 * What serves, and the verdict on the challenger ({@code null} until the ETL has
	 * paired it with the champion).
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record Models(@Nullable Served champion, @Nullable Served challenger, OnlineView.@Nullable VerdictView verdict) {
	}

	/**
	 * One serving model: its share of pairs, whether it also shadow-scores, its manifest,
	 * and its online figures ({@code null} until the ETL has evaluated it).
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record Served(String version, double trafficShare, boolean shadow, Instant loadedAt, ModelManifest manifest,
			@Nullable OnlineView online) {
	}

}
