package dev.scaleswell.spark.curate;

import java.util.Iterator;
import java.util.function.Function;

/** An iterator that maps lazily, so a day's ids are never all boxed at once. */
record MappedIterator<T, R>(Iterator<T> source, Function<T, R> mapping) implements Iterator<R> {

	@Override
	public boolean hasNext() {
		return this.source.hasNext();
	}

	@Override
	public R next() {
		return this.mapping.apply(this.source.next());
	}

}
