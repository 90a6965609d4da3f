package dev.scaleswell.lake.schema;

import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;

/**
 * The Avro schemas of the curated Parquet files (documented in {@code docs/etl.md}), the
 * contract between the ETL that writes them and the services that read them. Every file
 * carries its schema in the footer, so Avro readers see these record names.
 */
public final class CuratedSchemas {

	private static final String NAMESPACE = "dev.scaleswell.curated";

	private static final Schema TIMESTAMP = LogicalTypes.timestampMillis().addToSchema(Schema.create(Schema.Type.LONG));

	private static final Schema OPTIONAL_TIMESTAMP = Schema.createUnion(Schema.create(Schema.Type.NULL), TIMESTAMP);

	public static final Schema SUBMISSION = SchemaBuilder.record("Submission")
		.namespace(NAMESPACE)
		.doc("A valid warrior submission, once per record id")
		.fields()
		.requiredString(CuratedColumns.ID)
		.name(CuratedColumns.RECEIVED_AT)
		.type(TIMESTAMP)
		.noDefault()
		.requiredString(CuratedColumns.NAME)
		.requiredString(CuratedColumns.IDENTITY_KEY)
		.requiredInt(CuratedColumns.AGE)
		.requiredString(CuratedColumns.HERO)
		.requiredString(CuratedColumns.SOURCE_KEY)
		.endRecord();

	public static final Schema DUEL_RESULT = SchemaBuilder.record("DuelResult")
		.namespace(NAMESPACE)
		.doc("A valid recorded duel, once per record id")
		.fields()
		.requiredString(CuratedColumns.ID)
		.name(CuratedColumns.RECEIVED_AT)
		.type(TIMESTAMP)
		.noDefault()
		.name(CuratedColumns.OCCURRED_AT)
		.type(OPTIONAL_TIMESTAMP)
		.withDefault(null)
		.requiredString(CuratedColumns.NAME1)
		.requiredString(CuratedColumns.NAME2)
		.requiredString(CuratedColumns.WINNER)
		.requiredString(CuratedColumns.KEY1)
		.requiredString(CuratedColumns.KEY2)
		.requiredString(CuratedColumns.WINNER_KEY)
		.requiredString(CuratedColumns.SOURCE_KEY)
		.endRecord();

	public static final Schema USER = SchemaBuilder.record("User")
		.namespace(NAMESPACE)
		.doc("The latest profile of one identity key")
		.fields()
		.requiredString(CuratedColumns.IDENTITY_KEY)
		.requiredString(CuratedColumns.NAME)
		.requiredInt(CuratedColumns.AGE)
		.requiredString(CuratedColumns.HERO)
		.requiredInt(CuratedColumns.SUBMISSIONS)
		.name(CuratedColumns.FIRST_SEEN)
		.type(TIMESTAMP)
		.noDefault()
		.name(CuratedColumns.LAST_SEEN)
		.type(TIMESTAMP)
		.noDefault()
		.optionalDouble(CuratedColumns.RATING)
		.endRecord();

	private CuratedSchemas() {
	}

}
