package dev.scaleswell.etl.registry;

import java.util.Locale;

import dev.scaleswell.model.lake.ModelAlias;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code champion} or {@code challenger}, in any case. */
final class AliasConverter implements ITypeConverter<ModelAlias> {

	@Override
	public ModelAlias convert(String value) {
		try {
			return ModelAlias.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new TypeConversionException("expected champion or challenger, got '" + value + "'");
		}
	}

}
