package dev.scaleswell.ingest.system;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Reads a request body as a JSON tree, at most {@code max-body-size} bytes, so that the
 * shared {@link dev.scaleswell.model.validation.InputValidator} can report wrong types
 * field by field. Duplicate keys and trailing content are malformed.
 */
@Component
public class JsonBodyReader {

	private final JsonMapper json = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private final int limit;

	public JsonBodyReader(ApiProperties properties) {
		this.limit = Math.toIntExact(properties.maxBodySize().toBytes());
	}

	public JsonNode read(HttpServletRequest request) {
		if (request.getContentLengthLong() > this.limit) {
			throw new PayloadTooLargeException(this.limit);
		}
		byte[] body;
		try (InputStream in = request.getInputStream()) {
			body = in.readNBytes(this.limit + 1);
		}
		catch (IOException ex) {
			throw new MalformedJsonException("the request body could not be read: " + ex.getMessage());
		}
		if (body.length > this.limit) {
			throw new PayloadTooLargeException(this.limit);
		}
		if (body.length == 0) {
			throw new MalformedJsonException("the request body is empty");
		}
		try {
			return this.json.readTree(body);
		}
		catch (JacksonException ex) {
			throw new MalformedJsonException("the request body is not valid JSON: " + ex.getOriginalMessage());
		}
	}

}
