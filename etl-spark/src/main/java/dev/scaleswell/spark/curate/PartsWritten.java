package dev.scaleswell.spark.curate;

import java.io.Serializable;
import java.util.List;

/** The curated parts one task wrote for one {@code dt} day, and their rows. */
record PartsWritten(long epochDay, List<String> files, long rows) implements Serializable {
}
