package dev.scaleswell.etl.curate;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import dev.scaleswell.model.warrior.Names;

/**
 * {@link Names#identityKey} with a bounded memory of the names already seen: the same
 * warriors submit again and again, and normalising an accented name (Unicode composition,
 * a regular expression) costs more than looking it up. One per decoding thread.
 */
final class IdentityKeys implements UnaryOperator<String> {

	static final int LIMIT = 100_000;

	private final Map<String, String> keys = new HashMap<>();

	@Override
	public String apply(String name) {
		String key = this.keys.get(name);
		if (key == null) {
			if (this.keys.size() >= LIMIT) {
				this.keys.clear();
			}
			key = Names.identityKey(name);
			this.keys.put(name, key);
		}
		return key;
	}

}
