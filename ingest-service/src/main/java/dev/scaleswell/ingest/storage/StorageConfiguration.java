package dev.scaleswell.ingest.storage;

import java.time.Clock;

import dev.scaleswell.model.record.JsonLinesCodec;
import dev.scaleswell.model.s3.S3Clients;
import dev.scaleswell.model.s3.S3Properties;
import io.micrometer.core.instrument.MeterRegistry;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

	/**
	 * The lake client, tuned for many small puts: the payload is in memory, so it is
	 * signed whole rather than streamed in aws-chunked encoding.
	 */
	@Bean(destroyMethod = "close")
	S3Client s3Client(S3Properties properties) {
		return S3Clients.create(properties, (builder) -> builder
			.serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build()));
	}

	@Bean
	RawObjectStore rawObjectStore(S3Client s3, S3Properties s3Properties, WriterProperties properties,
			MeterRegistry meters) {
		return new RawObjectStore(s3, s3Properties.bucket(), JsonLinesCodec.standard(), properties, Clock.systemUTC(),
				meters);
	}

	@Bean
	RawRecordWriters rawRecordWriters(RawObjectStore store, WriterProperties properties, MeterRegistry meters) {
		return new RawRecordWriters(store, properties, meters);
	}

	@Bean
	WriteQueueHealthIndicator writeQueueHealthIndicator(RawRecordWriters writers, WriterProperties properties) {
		return new WriteQueueHealthIndicator(writers, properties);
	}

}
