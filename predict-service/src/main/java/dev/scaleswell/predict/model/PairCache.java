package dev.scaleswell.predict.model;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * One model's answers by pair of profile indices, filled as pairs are asked. The model
 * sees only heroes' stats and ages, so a profile pair determines its answer exactly; a
 * second request for the pair costs an array read instead of a forest walk. Rows are
 * allocated on first use, so memory follows the profiles actually met (at most 8 bytes
 * per ordered pair of the {@code ProfileSpace}).
 * <p>
 * Concurrent fillers may compute the same cell twice; they store the same value, so plain
 * races are harmless. Cells hold the probability's bits XOR a NaN pattern no probability
 * has, so that 0 means "not yet computed".
 */
final class PairCache {

	private static final VarHandle ROWS = MethodHandles.arrayElementVarHandle(long[][].class);

	private static final VarHandle CELLS = MethodHandles.arrayElementVarHandle(long[].class);

	private static final long ABSENT_MASK = 0x7ff8_0000_5ca1_e5edL;

	private final long[][] rows;

	private final int size;

	PairCache(int size) {
		this.size = size;
		this.rows = new long[size][];
	}

	/** P(a beats b) if known, else NaN. */
	double get(int a, int b) {
		long[] row = (long[]) ROWS.getAcquire(this.rows, a);
		if (row == null) {
			return Double.NaN;
		}
		long cell = (long) CELLS.getOpaque(row, b);
		return (cell != 0) ? Double.longBitsToDouble(cell ^ ABSENT_MASK) : Double.NaN;
	}

	/** Records P(a beats b), and so P(b beats a) = 1 - p. */
	void put(int a, int b, double p) {
		CELLS.setOpaque(row(a), b, Double.doubleToRawLongBits(p) ^ ABSENT_MASK);
		CELLS.setOpaque(row(b), a, Double.doubleToRawLongBits(1.0 - p) ^ ABSENT_MASK);
	}

	private long[] row(int index) {
		long[] row = (long[]) ROWS.getAcquire(this.rows, index);
		if (row == null) {
			long[] fresh = new long[this.size];
			long[] raced = (long[]) ROWS.compareAndExchangeRelease(this.rows, index, null, fresh);
			row = (raced != null) ? raced : fresh;
		}
		return row;
	}

}
