package dev.scaleswell.lake.curate;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * A set of UUIDs as pairs of longs in open-addressing arrays: 16 bytes a record id
 * instead of ~100 for a {@code HashSet<UUID>}, which keeps a day's id index cheap to hold
 * for millions of records.
 */
public final class IdSet implements Iterable<UUID> {

	private long[] high;

	private long[] low;

	private boolean[] used;

	private int size;

	public IdSet() {
		this(16);
	}

	public IdSet(int expected) {
		int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
		this.high = new long[capacity];
		this.low = new long[capacity];
		this.used = new boolean[capacity];
	}

	public int size() {
		return this.size;
	}

	public boolean contains(UUID id) {
		return contains(id.getMostSignificantBits(), id.getLeastSignificantBits());
	}

	public boolean contains(long hi, long lo) {
		int mask = this.used.length - 1;
		for (int i = slot(hi, lo, mask);; i = (i + 1) & mask) {
			if (!this.used[i]) {
				return false;
			}
			if (this.high[i] == hi && this.low[i] == lo) {
				return true;
			}
		}
	}

	/** Adds the id; {@code false} if it was already present. */
	public boolean add(UUID id) {
		return add(id.getMostSignificantBits(), id.getLeastSignificantBits());
	}

	public boolean add(long hi, long lo) {
		if ((this.size + 1) * 2 > this.used.length) {
			grow();
		}
		int mask = this.used.length - 1;
		for (int i = slot(hi, lo, mask);; i = (i + 1) & mask) {
			if (!this.used[i]) {
				this.used[i] = true;
				this.high[i] = hi;
				this.low[i] = lo;
				this.size++;
				return true;
			}
			if (this.high[i] == hi && this.low[i] == lo) {
				return false;
			}
		}
	}

	/** The ids, in no particular order, created one at a time as they are visited. */
	@Override
	public Iterator<UUID> iterator() {
		return new Iterator<>() {

			private int slot = nextUsed(0);

			@Override
			public boolean hasNext() {
				return this.slot < IdSet.this.used.length;
			}

			@Override
			public UUID next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				UUID id = new UUID(IdSet.this.high[this.slot], IdSet.this.low[this.slot]);
				this.slot = nextUsed(this.slot + 1);
				return id;
			}

		};
	}

	private int nextUsed(int from) {
		int slot = from;
		while (slot < this.used.length && !this.used[slot]) {
			slot++;
		}
		return slot;
	}

	void writeTo(DataOutput out) throws IOException {
		out.writeInt(this.size);
		for (int i = 0; i < this.used.length; i++) {
			if (this.used[i]) {
				out.writeLong(this.high[i]);
				out.writeLong(this.low[i]);
			}
		}
	}

	static IdSet readFrom(DataInput in) throws IOException {
		int count = in.readInt();
		IdSet ids = new IdSet(count);
		for (int i = 0; i < count; i++) {
			ids.add(in.readLong(), in.readLong());
		}
		return ids;
	}

	private void grow() {
		long[] oldHigh = this.high;
		long[] oldLow = this.low;
		boolean[] oldUsed = this.used;
		this.high = new long[oldUsed.length * 2];
		this.low = new long[oldUsed.length * 2];
		this.used = new boolean[oldUsed.length * 2];
		this.size = 0;
		for (int i = 0; i < oldUsed.length; i++) {
			if (oldUsed[i]) {
				add(oldHigh[i], oldLow[i]);
			}
		}
	}

	private static int slot(long hi, long lo, int mask) {
		long h = (hi ^ Long.rotateLeft(lo, 29)) * 0x9E3779B97F4A7C15L;
		return (int) (h ^ (h >>> 32)) & mask;
	}

}
