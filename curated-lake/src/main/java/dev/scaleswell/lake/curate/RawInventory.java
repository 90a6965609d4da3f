package dev.scaleswell.lake.curate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.scaleswell.model.lake.LakeLayout;
import dev.scaleswell.model.record.Dataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Finds the raw objects no run has processed. Every unsealed day is listed in full and
 * compared with the keys its state records, so an object whose upload finished after a
 * later key was processed is still found; a listing that starts after the day's end plus
 * the late-arrival tolerance seals the day.
 */
public final class RawInventory {

	private static final Logger log = LoggerFactory.getLogger(RawInventory.class);

	private final S3Client s3;

	private final String bucket;

	private final Duration lateTolerance;

	/**
	 * @param lateTolerance how long after a day ends an upload for that day may still
	 * land
	 */
	public RawInventory(S3Client s3, String bucket, Duration lateTolerance) {
		this.s3 = s3;
		this.bucket = bucket;
		this.lateTolerance = lateTolerance;
	}

	/** The unprocessed raw keys of {@code dataset}, in key order. */
	public List<String> unprocessed(Dataset dataset, DayStates states, Instant listingStart) {
		List<String> found = new ArrayList<>();
		for (LocalDate day : days(dataset)) {
			if (states.isSealed(dataset, day)) {
				continue;
			}
			int listed = 0;
			for (S3Object object : this.s3
				.listObjectsV2Paginator(
						(request) -> request.bucket(this.bucket).prefix(LakeLayout.rawDayPrefix(dataset, day)))
				.contents()) {
				String key = object.key();
				listed++;
				if (LakeLayout.parseRawKey(key).isEmpty()) {
					log.warn("Ignoring {}: not a raw object key", key);
				}
				else if (!states.get(dataset, day).isProcessed(key)) {
					found.add(key);
				}
			}
			Instant sealAfter = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().plus(this.lateTolerance);
			if (!listingStart.isBefore(sealAfter)) {
				states.seal(dataset, day);
			}
			log.debug("Listed {} objects of {} {}", listed, dataset.path(), day);
		}
		found.sort(null);
		return found;
	}

	private List<LocalDate> days(Dataset dataset) {
		List<LocalDate> days = new ArrayList<>();
		for (CommonPrefix prefix : this.s3
			.listObjectsV2Paginator(
					(request) -> request.bucket(this.bucket).prefix(LakeLayout.rawPrefix(dataset)).delimiter("/"))
			.commonPrefixes()) {
			Optional<LocalDate> day = LakeLayout.parseRawDayPrefix(prefix.prefix());
			day.ifPresentOrElse(days::add, () -> log.warn("Ignoring {}: not a raw day folder", prefix.prefix()));
		}
		return days;
	}

}
