package com.alujrat.platform.internal;

import java.net.URI;
import java.util.Optional;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import com.alujrat.platform.FileStore;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Files in an S3 bucket (or an S3-compatible store), so every node sees the same files. */
@Component
@ConditionalOnProperty("alujrat.files.s3.bucket")
class S3FileStore implements FileStore, DisposableBean {

	private final S3Client s3;

	private final S3Properties properties;

	S3FileStore(S3Properties properties) {
		this.properties = properties;
		S3ClientBuilder builder = S3Client.builder()
			.region(Region.of(properties.region()))
			.httpClient(UrlConnectionHttpClient.create())
			// Plain requests and checksums only where S3 requires them: what S3-compatible stores understand.
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
		if (properties.endpoint() != null && !properties.endpoint().isBlank()) {
			builder.endpointOverride(URI.create(properties.endpoint())).forcePathStyle(true);
		}
		if (properties.accessKey() != null && !properties.accessKey().isBlank()) {
			builder.credentialsProvider(StaticCredentialsProvider
				.create(AwsBasicCredentials.create(properties.accessKey(), properties.secretKey())));
		}
		else {
			builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
		}
		this.s3 = builder.build();
	}

	@Override
	public void put(String key, byte[] content) {
		s3.putObject(request -> request.bucket(properties.bucket()).key(properties.prefix() + key),
				RequestBody.fromBytes(content));
	}

	@Override
	public Optional<byte[]> get(String key) {
		try {
			return Optional.of(s3
				.getObjectAsBytes(request -> request.bucket(properties.bucket()).key(properties.prefix() + key))
				.asByteArray());
		}
		catch (NoSuchKeyException ex) {
			return Optional.empty();
		}
	}

	@Override
	public void delete(String key) {
		s3.deleteObject(request -> request.bucket(properties.bucket()).key(properties.prefix() + key));
	}

	@Override
	public void destroy() {
		s3.close();
	}
}
