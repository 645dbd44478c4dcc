package com.alujrat.platform.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code alujrat.files.s3.*}: the bucket switches file storage to S3 or an S3-compatible service ({@code endpoint}
 * for the latter, which then uses path-style addresses). Without keys, the AWS default credential chain applies.
 */
@ConfigurationProperties("alujrat.files.s3")
record S3Properties(String bucket, String endpoint, String region, String accessKey, String secretKey, String prefix) {

	S3Properties {
		region = region == null || region.isBlank() ? "us-east-1" : region;
		prefix = prefix == null ? "" : prefix;
	}
}
