package dev.scaleswell.predict.model;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * The models requests read: one volatile read per request; the watcher replaces the whole
 * {@link ServingModels} at once, so a request sees either the old set or the new one,
 * never a mix.
 */
public class ModelHolder {

	private final AtomicReference<ServingModels> current = new AtomicReference<>(ServingModels.NONE);

	public ServingModels current() {
		return this.current.get();
	}

	ServingModels update(UnaryOperator<ServingModels> change) {
		return this.current.updateAndGet(change);
	}

}
