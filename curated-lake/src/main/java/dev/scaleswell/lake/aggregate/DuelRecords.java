package dev.scaleswell.lake.aggregate;

import java.util.function.Consumer;

/**
 * Wins and losses per identity key, for every warrior of every duel result: at 10M
 * duellists a {@code HashMap} of tally objects took 2.1 GB of the ETL's heap, these two
 * arrays (open addressing, the two counts packed in one long) about a third of it, mostly
 * the keys themselves. Counts up to 2^32 - 1 each. Not thread-safe.
 */
final class DuelRecords {

	private static final int MAX_LOAD_PERCENT = 75;

	private String[] keys = new String[1024];

	/** Wins in the high 32 bits, losses in the low. */
	private long[] counts = new long[1024];

	private int size;

	void record(String key, boolean won) {
		int slot = slot(key);
		if (this.keys[slot] == null) {
			this.keys[slot] = key;
			if (++this.size * 100L > (long) this.keys.length * MAX_LOAD_PERCENT) {
				grow();
				slot = slot(key);
			}
		}
		this.counts[slot] += won ? (1L << 32) : 1L;
	}

	/** Calls {@code each} once per warrior, in no particular order. */
	void forEach(Consumer<Duelist> each) {
		for (int i = 0; i < this.keys.length; i++) {
			if (this.keys[i] != null) {
				each.accept(new Duelist(this.keys[i], this.counts[i] >>> 32, this.counts[i] & 0xFFFF_FFFFL));
			}
		}
	}

	private int slot(String key) {
		int mask = this.keys.length - 1;
		// spread the hash's high bits over the low ones the mask keeps
		int hash = key.hashCode() * 0x9E3779B9;
		int slot = (hash ^ (hash >>> 16)) & mask;
		while (this.keys[slot] != null && !this.keys[slot].equals(key)) {
			slot = (slot + 1) & mask;
		}
		return slot;
	}

	private void grow() {
		String[] oldKeys = this.keys;
		long[] oldCounts = this.counts;
		this.keys = new String[oldKeys.length * 2];
		this.counts = new long[oldKeys.length * 2];
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldKeys[i] != null) {
				int slot = slot(oldKeys[i]);
				this.keys[slot] = oldKeys[i];
				this.counts[slot] = oldCounts[i];
			}
		}
	}

	/** One warrior's record. */
	record Duelist(String key, long wins, long losses) {

		double winRate() {
			return (double) this.wins / (this.wins + this.losses);
		}

	}

}
