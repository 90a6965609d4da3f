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

	ModelsController(ModelHolder holder) {
		this.holder = holder;
	}

	@GetMapping(path = "/models", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The champion and challenger serving now, with their manifests' metrics and lineage")
	Models models() {
		ServingModels serving = this.holder.current();
		return new Models(Served.of(serving.champion(), 1.0 - serving.weight(), false),
				Served.of(serving.challenger(), serving.weight(), serving.shadow()));
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record Models(@Nullable Served champion, @Nullable Served challenger) {
	}

	/**
	 * One serving model: its share of pairs, whether it also shadow-scores, and its
	 * manifest.
	 */
	record Served(String version, double trafficShare, boolean shadow, Instant loadedAt, ModelManifest manifest) {

		static @Nullable Served of(@Nullable ServingModel model, double share, boolean shadow) {
			return (model != null) ? new Served(model.version(), share, shadow, model.loadedAt(), model.manifest())
					: null;
		}

	}

}
