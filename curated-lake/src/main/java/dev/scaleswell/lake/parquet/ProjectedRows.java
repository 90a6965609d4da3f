package dev.scaleswell.lake.parquet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.column.Dictionary;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.InitContext;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.io.api.RecordMaterializer;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.jspecify.annotations.Nullable;

/**
 * Streams a few flat columns of a Parquet file into one reused {@link Row}: Parquet
 * projection fetches and decodes only those columns, and no object is made per row except
 * the string values (dictionary-encoded strings, such as {@code hero}, are decoded once
 * per dictionary entry). Much cheaper than materialising Avro records.
 */
public final class ProjectedRows {

	private ProjectedRows() {
	}

	/**
	 * Reads {@code columns} of every row, in file order. A column the file lacks reads as
	 * null; a required column that is missing fails the read.
	 */
	public static void read(InputFile file, List<String> columns, Consumer<Row> consumer) throws IOException {
		try (ParquetReader<Row> reader = new Builder(file, columns).build()) {
			for (Row row = reader.read(); row != null; row = reader.read()) {
				consumer.accept(row);
			}
		}
	}

	/** The current row: values by the position of their column in the requested list. */
	public static final class Row {

		private final @Nullable String[] strings;

		private final long[] numbers;

		private final double[] doubles;

		private final boolean[] present;

		Row(int width) {
			this.strings = new String[width];
			this.numbers = new long[width];
			this.doubles = new double[width];
			this.present = new boolean[width];
		}

		/** Whether the current row has a value in {@code column}. */
		public boolean has(int column) {
			return this.present[column];
		}

		public String string(int column) {
			return require(column, this.strings[column]);
		}

		public long number(int column) {
			require(column, this);
			return this.numbers[column];
		}

		public @Nullable Double optionalDouble(int column) {
			return this.present[column] ? this.doubles[column] : null;
		}

		private <T> T require(int column, @Nullable T value) {
			if (!this.present[column] || value == null) {
				throw new IllegalStateException("column " + column + " has no value");
			}
			return value;
		}

		private void clear() {
			Arrays.fill(this.present, false);
		}

	}

	private static final class Builder extends ParquetReader.Builder<Row> {

		private final List<String> columns;

		Builder(InputFile file, List<String> columns) {
			super(file, new PlainParquetConfiguration());
			this.columns = columns;
		}

		@Override
		protected ReadSupport<Row> getReadSupport() {
			return new RowReadSupport(this.columns);
		}

	}

	private static final class RowReadSupport extends ReadSupport<Row> {

		private final List<String> columns;

		RowReadSupport(List<String> columns) {
			this.columns = columns;
		}

		@Override
		public ReadContext init(InitContext context) {
			MessageType file = context.getFileSchema();
			List<Type> requested = new ArrayList<>();
			for (Type field : file.getFields()) {
				if (this.columns.contains(field.getName())) {
					requested.add(field);
				}
			}
			return new ReadContext(new MessageType(file.getName(), requested));
		}

		@Override
		public RecordMaterializer<Row> prepareForRead(ParquetConfiguration configuration, Map<String, String> metadata,
				MessageType fileSchema, ReadContext context) {
			return new RowMaterializer(context.getRequestedSchema(), this.columns);
		}

		// Required by the abstract class; the reader calls the ParquetConfiguration
		// variant.
		@Override
		@SuppressWarnings("deprecation")
		public RecordMaterializer<Row> prepareForRead(Configuration configuration, Map<String, String> metadata,
				MessageType fileSchema, ReadContext context) {
			return new RowMaterializer(context.getRequestedSchema(), this.columns);
		}

	}

	private static final class RowMaterializer extends RecordMaterializer<Row> {

		private final Row row;

		private final GroupConverter root;

		RowMaterializer(MessageType requested, List<String> columns) {
			this.row = new Row(columns.size());
			Converter[] converters = new Converter[requested.getFieldCount()];
			for (int i = 0; i < converters.length; i++) {
				Type field = requested.getType(i);
				converters[i] = new ColumnConverter(this.row, columns.indexOf(field.getName()), field.isPrimitive()
						&& field.asPrimitiveType().getPrimitiveTypeName() == PrimitiveTypeName.BINARY);
			}
			this.root = new GroupConverter() {

				@Override
				public Converter getConverter(int fieldIndex) {
					return converters[fieldIndex];
				}

				@Override
				public void start() {
					RowMaterializer.this.row.clear();
				}

				@Override
				public void end() {
				}

			};
		}

		@Override
		public Row getCurrentRecord() {
			return this.row;
		}

		@Override
		public GroupConverter getRootConverter() {
			return this.root;
		}

	}

	/** Writes one column's values into the row, whatever its physical type. */
	private static final class ColumnConverter extends PrimitiveConverter {

		private final Row row;

		private final int column;

		private final boolean strings;

		private String @Nullable [] dictionary;

		ColumnConverter(Row row, int column, boolean strings) {
			this.row = row;
			this.column = column;
			this.strings = strings;
		}

		/** Decodes string dictionaries once; numbers are cheap to decode per value. */
		@Override
		public boolean hasDictionarySupport() {
			return this.strings;
		}

		@Override
		public void setDictionary(Dictionary dictionary) {
			String[] values = new String[dictionary.getMaxId() + 1];
			for (int id = 0; id < values.length; id++) {
				values[id] = dictionary.decodeToBinary(id).toStringUsingUTF8();
			}
			this.dictionary = values;
		}

		@Override
		public void addValueFromDictionary(int dictionaryId) {
			this.row.strings[this.column] = (this.dictionary != null) ? this.dictionary[dictionaryId] : null;
			this.row.present[this.column] = true;
		}

		@Override
		public void addBinary(Binary value) {
			this.row.strings[this.column] = value.toStringUsingUTF8();
			this.row.present[this.column] = true;
		}

		@Override
		public void addInt(int value) {
			this.row.numbers[this.column] = value;
			this.row.present[this.column] = true;
		}

		@Override
		public void addLong(long value) {
			this.row.numbers[this.column] = value;
			this.row.present[this.column] = true;
		}

		@Override
		public void addDouble(double value) {
			this.row.doubles[this.column] = value;
			this.row.present[this.column] = true;
		}

	}

}
