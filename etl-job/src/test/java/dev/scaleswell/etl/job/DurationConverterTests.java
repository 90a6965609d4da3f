package dev.scaleswell.etl.job;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DurationConverterTests {

	@ParameterizedTest
	@CsvSource({ "PT15M, 900000", "pt2h, 7200000", "15m, 900000", "90s, 90000", "2H, 7200000", "1d, 86400000",
			"500ms, 500", "0s, 0", "' 15m ', 900000" })
	void isoAndUnitFormsShouldParse(String value, long millis) {
		assertThat(new DurationConverter().convert(value)).isEqualTo(Duration.ofMillis(millis));
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "", "15", "15 m", "-5m", "-PT5M", "1.5h", "15min", "9999999999999d" })
	void anythingElseShouldBeRefusedWithAReason(String value) {
		assertThatExceptionOfType(TypeConversionException.class)
			.isThrownBy(() -> new DurationConverter().convert(value))
			.withMessageContaining("'" + value + "'");
	}

}
