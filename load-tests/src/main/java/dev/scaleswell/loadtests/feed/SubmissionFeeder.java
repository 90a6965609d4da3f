package dev.scaleswell.loadtests.feed;

import java.util.Iterator;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * An endless stream of warrior submissions ({@code name}, {@code age}, {@code hero})
 * drawn from the name pool with Zipf reuse: popular warriors resubmit the same profile
 * often.
 */
public final class SubmissionFeeder implements Iterator<Map<String, Object>> {

	private final NamePool pool;

	private final ZipfSampler sampler;

	private final SplittableRandom random;

	public SubmissionFeeder(NamePool pool, double zipfExponent, long seed) {
		this.pool = pool;
		this.sampler = new ZipfSampler(pool.size(), zipfExponent);
		this.random = new SplittableRandom(seed);
	}

	@Override
	public boolean hasNext() {
		return true;
	}

	@Override
	public synchronized Map<String, Object> next() {
		int index = this.sampler.sample(this.random);
		return Map.of("name", this.pool.name(index), "age", this.pool.age(index), "hero", this.pool.hero(index));
	}

}
