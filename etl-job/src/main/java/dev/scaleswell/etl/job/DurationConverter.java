package dev.scaleswell.etl.job;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A duration option: ISO-8601 ({@code PT15M}) or a whole number with a unit ({@code 90s},
 * {@code 15m}, {@code 2h}, {@code 1d}, {@code 500ms}), as Spring Boot's properties take
 * them; not negative. A bad value is named with both forms, not with a parser's
 * exception.
 */
public final class DurationConverter implements ITypeConverter<Duration> {

	private static final Pattern WITH_UNIT = Pattern.compile("(\\d{1,12})(ms|s|m|h|d)");

	@Override
	public Duration convert(String value) {
		Duration duration = parse(value.strip());
		if (duration.isNegative()) {
			throw new TypeConversionException("'" + value + "' is negative; a duration is 0 or more");
		}
		return duration;
	}

	private static Duration parse(String value) {
		Matcher withUnit = WITH_UNIT.matcher(value.toLowerCase(Locale.ROOT));
		if (withUnit.matches()) {
			long amount = Long.parseLong(withUnit.group(1));
			return switch (withUnit.group(2)) {
				case "ms" -> Duration.ofMillis(amount);
				case "s" -> Duration.ofSeconds(amount);
				case "m" -> Duration.ofMinutes(amount);
				case "h" -> Duration.ofHours(amount);
				default -> Duration.ofDays(amount);
			};
		}
		try {
			return Duration.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new TypeConversionException(
					"'" + value + "' is not a duration: write it as 15m (ms, s, m, h or d) or PT15M (ISO-8601)");
		}
	}

}
