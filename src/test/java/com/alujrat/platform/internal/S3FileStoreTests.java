package com.alujrat.platform.internal;

import java.util.Optional;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** The S3 store against a WireMock stand-in for an S3-compatible service: signed requests, path-style keys. */
class S3FileStoreTests {

	private static final String SIGNED = "AWS4-HMAC-SHA256 Credential=test-access-key/\\d{8}/me-south-1/s3/aws4_request, "
			+ "SignedHeaders=[a-z0-9;-]+, Signature=[0-9a-f]{64}";

	private WireMockServer s3;

	private S3FileStore store;

	@BeforeEach
	void start() {
		s3 = new WireMockServer(WireMockConfiguration.options().dynamicPort());
		s3.start();
		store = new S3FileStore(new S3Properties("alujrat-files", s3.baseUrl(), "me-south-1", "test-access-key",
				"test-secret-key", "node-a/"));
	}

	@AfterEach
	void stop() {
		store.destroy();
		s3.stop();
	}

	@Test
	void filesArePutAndReadWithSignedPathStyleRequests() {
		byte[] content = "jpeg-bytes-of-a-profile-photo".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		s3.stubFor(put(urlEqualTo("/alujrat-files/node-a/profiles/x/photo-400")).willReturn(aResponse().withStatus(200)));
		s3.stubFor(get(urlEqualTo("/alujrat-files/node-a/profiles/x/photo-400"))
			.willReturn(aResponse().withStatus(200).withBody(content)));

		store.put("profiles/x/photo-400", content);
		Optional<byte[]> read = store.get("profiles/x/photo-400");

		s3.verify(putRequestedFor(urlEqualTo("/alujrat-files/node-a/profiles/x/photo-400"))
			.withHeader("Authorization", matching(SIGNED))
			// Over plain HTTP the SDK signs every chunk of the body (aws-chunked), as S3 and compatible stores expect.
			.withRequestBody(containing("chunk-signature="))
			.withRequestBody(containing("jpeg-bytes-of-a-profile-photo")));
		assertThat(read).hasValueSatisfying(bytes -> assertThat(bytes).containsExactly(content));
	}

	@Test
	void aMissingKeyIsEmptyNotAnError() {
		s3.stubFor(get(urlEqualTo("/alujrat-files/node-a/nothing")).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/xml")
			.withBody("<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>")));

		assertThat(store.get("nothing")).isEmpty();
	}

	@Test
	void filesAreDeleted() {
		s3.stubFor(delete(urlEqualTo("/alujrat-files/node-a/old")).willReturn(aResponse().withStatus(204)));

		store.delete("old");

		s3.verify(deleteRequestedFor(urlEqualTo("/alujrat-files/node-a/old")).withHeader("Authorization", matching(SIGNED)));
	}
}
