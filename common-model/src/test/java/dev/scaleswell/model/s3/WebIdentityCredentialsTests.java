package dev.scaleswell.model.s3;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On EKS a pod's IAM role comes as a web-identity token (IRSA) that the default
 * credentials chain trades for keys at STS, which it can only do with the SDK's STS
 * module on the class path. Here a local STS answers the exchange.
 */
class WebIdentityCredentialsTests {

	private static final Map<String, String> PROPERTIES = Map.of("aws.webIdentityTokenFile", "", "aws.roleArn",
			"arn:aws:iam::123456789012:role/scales-well-etl", "aws.roleSessionName", "etl", "aws.region", "us-east-1",
			"aws.endpointUrlSts", "");

	@TempDir
	Path directory;

	private HttpServer sts;

	private final List<String> exchanges = new CopyOnWriteArrayList<>();

	@BeforeEach
	void startSts() throws IOException {
		this.sts = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.sts.createContext("/", (exchange) -> {
			this.exchanges
				.add(URLDecoder.decode(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
						StandardCharsets.UTF_8));
			byte[] body = assumedRole("ASIAFROMSTS", "secret-from-sts").getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "text/xml");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		this.sts.start();
	}

	@AfterEach
	void stopSts() {
		this.sts.stop(0);
		PROPERTIES.keySet().forEach(System::clearProperty);
	}

	@Test
	void clientsWithoutKeysShouldTradeThePodsWebIdentityTokenForKeysAtSts() throws IOException {
		Path token = Files.writeString(this.directory.resolve("token"), "eks-issued-token");
		PROPERTIES.forEach(System::setProperty);
		System.setProperty("aws.webIdentityTokenFile", token.toString());
		System.setProperty("aws.endpointUrlSts", "http://127.0.0.1:" + this.sts.getAddress().getPort());
		S3Properties withoutKeys = new S3Properties(null, "us-east-1", "lake", false, null, null,
				Duration.ofSeconds(10));

		AwsCredentials credentials = S3Clients.credentials(withoutKeys).resolveCredentials();

		assertThat(credentials).isInstanceOf(AwsSessionCredentials.class);
		assertThat(credentials.accessKeyId()).isEqualTo("ASIAFROMSTS");
		assertThat(this.exchanges).singleElement()
			.asString()
			.contains("Action=AssumeRoleWithWebIdentity", "WebIdentityToken=eks-issued-token",
					"RoleArn=arn:aws:iam::123456789012:role/scales-well-etl");
	}

	private static String assumedRole(String accessKey, String secretKey) {
		return """
				<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
				  <AssumeRoleWithWebIdentityResult>
				    <Credentials>
				      <AccessKeyId>%s</AccessKeyId>
				      <SecretAccessKey>%s</SecretAccessKey>
				      <SessionToken>session-token</SessionToken>
				      <Expiration>2099-01-01T00:00:00Z</Expiration>
				    </Credentials>
				    <AssumedRoleUser>
				      <Arn>arn:aws:sts::123456789012:assumed-role/scales-well-etl/etl</Arn>
				      <AssumedRoleId>AROAEXAMPLE:etl</AssumedRoleId>
				    </AssumedRoleUser>
				  </AssumeRoleWithWebIdentityResult>
				  <ResponseMetadata><RequestId>1</RequestId></ResponseMetadata>
				</AssumeRoleWithWebIdentityResponse>
				""".formatted(accessKey, secretKey);
	}

}
