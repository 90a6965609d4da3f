package dev.scaleswell.spark.curate;

import java.io.Serializable;
import java.util.List;

/** What the task of one {@code dt} day wrote: curated parts and the day's new state. */
record DayWritten(long epochDay, List<String> curatedFiles, long rows, String stateKey) implements Serializable {
}
