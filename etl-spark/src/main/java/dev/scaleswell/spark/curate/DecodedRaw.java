package dev.scaleswell.spark.curate;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import dev.scaleswell.lake.curate.CuratedRow;
import dev.scaleswell.lake.curate.WarriorNames;
import dev.scaleswell.model.record.Dataset;
import dev.scaleswell.model.record.DecodedObject;
import dev.scaleswell.model.record.JsonLinesCodec;
import dev.scaleswell.model.record.LineError;
import dev.scaleswell.model.s3.S3Properties;

/**
 * One raw object as an executor downloaded and validated it with common-model's codec,
 * the same one etl-job and ingest use: its valid records and its rejected lines, or the
 * reason it could not be read at all.
 */
record DecodedRaw(String key, List<Candidate> candidates, List<Rejection> rejections,
		boolean unreadable) implements Serializable {

	private static final JsonLinesCodec CODEC = JsonLinesCodec.standard();

	static DecodedRaw fetch(S3Properties lake, Dataset dataset, long objectIndex, String key) {
		byte[] bytes = LakeClients.of(lake)
			.getObjectAsBytes((request) -> request.bucket(lake.bucket()).key(key))
			.asByteArrayUnsafe();
		DecodedObject decoded;
		try {
			decoded = CODEC.decode(dataset, bytes);
		}
		catch (IOException ex) {
			return new DecodedRaw(key, List.of(),
					List.of(new Rejection(key, 0, "unreadable gzip: " + ex.getMessage(), null)), true);
		}
		List<Candidate> candidates = new ArrayList<>(decoded.records().size());
		WarriorNames names = new WarriorNames();
		for (int i = 0; i < decoded.records().size(); i++) {
			CuratedRow row = CuratedRow.of(decoded.records().get(i), key, names);
			long day = LocalDate.ofInstant(Instant.ofEpochMilli(row.receivedAt()), ZoneOffset.UTC).toEpochDay();
			candidates.add(new Candidate(Candidate.order(objectIndex, i), day, row));
		}
		List<Rejection> rejections = new ArrayList<>(decoded.errors().size());
		for (LineError error : decoded.errors()) {
			rejections.add(new Rejection(key, error.lineNumber(), error.reason(), error.line()));
		}
		return new DecodedRaw(key, candidates, rejections, false);
	}

	/** Lines read: valid and rejected; none for an unreadable object. */
	long lines() {
		return this.unreadable ? 0 : this.candidates.size() + this.rejections.size();
	}

	long quarantinedLines() {
		return this.unreadable ? 0 : this.rejections.size();
	}

}
