package dev.scaleswell.lake.curate;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * A set of UUIDs as pairs of longs in one open-addressing array, filled up to three
 * quarters: about 21 bytes a record id instead of ~100 for a {@code HashSet<UUID>}, which
 * keeps a day's id index cheap to hold for millions of records. A slot's two longs sit
 * side by side, so a probe touches one cache line, not three arrays; the all-zero pair
 * marks a free slot, and the nil UUID, which would look free, is kept in a flag.
 */
public final class IdSet implements Iterable<UUID> {

	private long[] slots;

	private boolean containsNil;

	private int size;

	public IdSet() {
		this(16);
	}

	public IdSet(int expected) {
		this.slots = new long[2 * capacityFor(Math.max(16, expected))];
	}

	public int size() {
		return this.size;
	}

	public boolean contains(UUID id) {
		return contains(id.getMostSignificantBits(), id.getLeastSignificantBits());
	}

	public boolean contains(long hi, long lo) {
		if (hi == 0 && lo == 0) {
			return this.containsNil;
		}
		long[] table = this.slots;
		int mask = table.length / 2 - 1;
		for (int i = slot(hi, lo, mask);; i = (i + 1) & mask) {
			long h = table[2 * i];
			long l = table[2 * i + 1];
			if (h == hi && l == lo) {
				return true;
			}
			if (h == 0 && l == 0) {
				return false;
			}
		}
	}

	/** Adds the id; {@code false} if it was already present. */
	public boolean add(UUID id) {
		return add(id.getMostSignificantBits(), id.getLeastSignificantBits());
	}

	public boolean add(long hi, long lo) {
		if (hi == 0 && lo == 0) {
			if (this.containsNil) {
				return false;
			}
			this.containsNil = true;
			this.size++;
			return true;
		}
		if (4L * (this.size + 1) > 3L * (this.slots.length / 2)) {
			grow();
		}
		if (!insert(this.slots, hi, lo)) {
			return false;
		}
		this.size++;
		return true;
	}

	/** The ids, in no particular order, created one at a time as they are visited. */
	@Override
	public Iterator<UUID> iterator() {
		return new Iterator<>() {

			private boolean nilPending = IdSet.this.containsNil;

			private int slot = nextUsed(0);

			@Override
			public boolean hasNext() {
				return this.nilPending || this.slot < IdSet.this.slots.length / 2;
			}

			@Override
			public UUID next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				if (this.nilPending) {
					this.nilPending = false;
					return new UUID(0, 0);
				}
				UUID id = new UUID(IdSet.this.slots[2 * this.slot], IdSet.this.slots[2 * this.slot + 1]);
				this.slot = nextUsed(this.slot + 1);
				return id;
			}

		};
	}

	private int nextUsed(int from) {
		int slot = from;
		while (slot < this.slots.length / 2 && this.slots[2 * slot] == 0 && this.slots[2 * slot + 1] == 0) {
			slot++;
		}
		return slot;
	}

	void writeTo(DataOutput out) throws IOException {
		out.writeInt(this.size);
		if (this.containsNil) {
			out.writeLong(0);
			out.writeLong(0);
		}
		for (int i = 0; i < this.slots.length; i += 2) {
			if (this.slots[i] != 0 || this.slots[i + 1] != 0) {
				out.writeLong(this.slots[i]);
				out.writeLong(this.slots[i + 1]);
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
		long[] old = this.slots;
		long[] table = new long[old.length * 2];
		for (int i = 0; i < old.length; i += 2) {
			if (old[i] != 0 || old[i + 1] != 0) {
				insert(table, old[i], old[i + 1]);
			}
		}
		this.slots = table;
	}

	/** Puts a non-nil id into {@code table}; {@code false} if it was there. */
	private static boolean insert(long[] table, long hi, long lo) {
		int mask = table.length / 2 - 1;
		for (int i = slot(hi, lo, mask);; i = (i + 1) & mask) {
			long h = table[2 * i];
			long l = table[2 * i + 1];
			if (h == hi && l == lo) {
				return false;
			}
			if (h == 0 && l == 0) {
				table[2 * i] = hi;
				table[2 * i + 1] = lo;
				return true;
			}
		}
	}

	/** The smallest power of two that holds {@code ids} at most three quarters full. */
	private static int capacityFor(int ids) {
		long needed = (4L * ids + 2) / 3;
		return (int) Math.max(16, Long.highestOneBit(needed - 1) << 1);
	}

	private static int slot(long hi, long lo, int mask) {
		long h = (hi ^ Long.rotateLeft(lo, 29)) * 0x9E3779B97F4A7C15L;
		return (int) (h ^ (h >>> 32)) & mask;
	}

}
