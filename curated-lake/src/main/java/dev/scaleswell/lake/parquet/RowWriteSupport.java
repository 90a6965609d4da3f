package dev.scaleswell.lake.parquet;

import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroSchemaConverter;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;
import org.jspecify.annotations.Nullable;

/**
 * Writes rows of {@code T} straight to Parquet's record consumer, without building an
 * Avro record per row, under the Parquet schema that parquet-avro derives from an Avro
 * schema. The Avro schema goes into the footer (as parquet-avro does), so Avro readers
 * read the files as they would their own.
 *
 * @param <T> the row type
 */
public abstract class RowWriteSupport<T> extends WriteSupport<T> {

	/** Distinct instances a recurring string column caches before it starts over. */
	private static final int RECURRING_LIMIT = 4096;

	private final Schema avroSchema;

	private final MessageType schema;

	private @Nullable RecordConsumer consumer;

	private final @Nullable RecurringValues[] recurring;

	protected RowWriteSupport(Schema avroSchema) {
		this.avroSchema = avroSchema;
		this.schema = new AvroSchemaConverter().convert(avroSchema);
		this.recurring = new RecurringValues[this.schema.getFieldCount()];
	}

	@Override
	public WriteContext init(Configuration configuration) {
		return context();
	}

	@Override
	public WriteContext init(ParquetConfiguration configuration) {
		return context();
	}

	private WriteContext context() {
		return new WriteContext(this.schema,
				Map.of("parquet.avro.schema", this.avroSchema.toString(), "writer.model.name", "avro"));
	}

	@Override
	public void prepareForWrite(RecordConsumer recordConsumer) {
		this.consumer = recordConsumer;
	}

	@Override
	public final void write(T row) {
		RecordConsumer out = consumer();
		out.startMessage();
		writeFields(row);
		out.endMessage();
	}

	/** Writes every field of {@code row}, in schema order, with the methods below. */
	protected abstract void writeFields(T row);

	protected final void string(int index, String field, String value) {
		binary(index, field, Binary.fromConstantByteArray(value.getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * A string that recurs as the very same instance (a hero's name, the source key of
	 * every row of one raw object): its bytes are encoded once, and the column's
	 * dictionary then recognises them by identity instead of comparing them byte by byte.
	 */
	protected final void recurringString(int index, String field, String value) {
		RecurringValues values = this.recurring[index];
		if (values == null) {
			values = new RecurringValues();
			this.recurring[index] = values;
		}
		binary(index, field, values.bytes(value));
	}

	/**
	 * Bytes encoded once for every row they recur in, which the column's dictionary then
	 * recognises by identity.
	 */
	protected final void binary(int index, String field, Binary value) {
		RecordConsumer out = consumer();
		out.startField(field, index);
		out.addBinary(value);
		out.endField(field, index);
	}

	protected final void int32(int index, String field, int value) {
		RecordConsumer out = consumer();
		out.startField(field, index);
		out.addInteger(value);
		out.endField(field, index);
	}

	protected final void int64(int index, String field, long value) {
		RecordConsumer out = consumer();
		out.startField(field, index);
		out.addLong(value);
		out.endField(field, index);
	}

	/** An optional long: a null is written by leaving the field out. */
	protected final void optionalInt64(int index, String field, @Nullable Long value) {
		if (value != null) {
			int64(index, field, value);
		}
	}

	protected final void optionalDouble(int index, String field, @Nullable Double value) {
		if (value != null) {
			RecordConsumer out = consumer();
			out.startField(field, index);
			out.addDouble(value);
			out.endField(field, index);
		}
	}

	private RecordConsumer consumer() {
		if (this.consumer == null) {
			throw new IllegalStateException("prepareForWrite was not called");
		}
		return this.consumer;
	}

	/** The encoded bytes of one column's recurring string instances. */
	private static final class RecurringValues {

		private final Map<String, Binary> bytes = new IdentityHashMap<>();

		Binary bytes(String value) {
			Binary known = this.bytes.get(value);
			if (known != null) {
				return known;
			}
			if (this.bytes.size() >= RECURRING_LIMIT) {
				this.bytes.clear();
			}
			Binary encoded = Binary.fromConstantByteArray(value.getBytes(StandardCharsets.UTF_8));
			this.bytes.put(value, encoded);
			return encoded;
		}

	}

}
