package dev.scaleswell.predict.routing;

/**
 * A stable position in [0, 1) for an unordered pair of identity keys: the same two
 * warriors land on the same point in either order, in every replica and after every
 * restart, so a pair always meets the same variant for a given weight.
 */
public final class PairHash {

	private static final long FNV_OFFSET = 0xcbf29ce484222325L;

	private static final long FNV_PRIME = 0x100000001b3L;

	private PairHash() {
	}

	public static double position(String keyA, String keyB) {
		boolean ordered = keyA.compareTo(keyB) <= 0;
		String first = ordered ? keyA : keyB;
		String second = ordered ? keyB : keyA;
		long hash = FNV_OFFSET;
		hash = fnv(hash, first);
		// a separator no identity key contains keeps ("ab","c") apart from ("a","bc")
		hash = (hash ^ 0xFFFF) * FNV_PRIME;
		hash = fnv(hash, second);
		return (mix(hash) >>> 11) * 0x1.0p-53;
	}

	private static long fnv(long hash, String key) {
		for (int i = 0; i < key.length(); i++) {
			hash = (hash ^ key.charAt(i)) * FNV_PRIME;
		}
		return hash;
	}

	/** SplitMix64's finaliser: spreads FNV's weak low bits over the whole word. */
	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}

}
