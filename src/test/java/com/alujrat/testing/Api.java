package com.alujrat.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of the JSON API over real HTTP, like a mobile app. Each client comes from its own IP address (through
 * X-Forwarded-For, trusted from loopback) so per-IP limits of one test do not spill into another.
 */
public final class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	private final int port;

	private final String ip;

	private String bearer;

	private final java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();

	public Api(int port) {
		this.base = "http://localhost:" + port;
		this.port = port;
		ThreadLocalRandom random = ThreadLocalRandom.current();
		this.ip = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
	}

	public int port() {
		return port;
	}

	public Api bearer(String token) {
		this.bearer = token;
		return this;
	}

	public Api header(String name, String value) {
		headers.put(name, value);
		return this;
	}

	public Response post(String path, Object body) {
		return send(request(path).POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
	}

	public Response put(String path, Object body) {
		return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
	}

	/** A multipart/form-data POST: text fields and files (name → bytes; the file name is the field name). */
	public Response multipart(String path, java.util.Map<String, String> fields, java.util.Map<String, byte[]> files) {
		String boundary = "----aj" + java.util.UUID.randomUUID();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
		fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\n\r\n" + value + "\r\n").getBytes(utf8)));
		files.forEach((name, bytes) -> {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
					+ name + ".jpg\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(utf8));
			body.writeBytes(bytes);
			body.writeBytes("\r\n".getBytes(utf8));
		});
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(utf8));
		HttpRequest.Builder builder = request(path).setHeader("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		return send(builder);
	}

	public Response delete(String path) {
		return send(request(path).DELETE());
	}

	public Response delete(String path, Object body) {
		return send(request(path).method("DELETE", HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
	}

	public Response get(String path) {
		return send(request(path).GET());
	}

	/** A file download as a browser or app asks for it (any type accepted): its status and bytes. */
	public Download download(String path) {
		try {
			HttpResponse<byte[]> response = http.send(request(path).setHeader("Accept", "*/*").GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
			return new Download(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public record Download(int status, byte[] bytes) {
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("X-Forwarded-For", ip);
		headers.forEach(builder::setHeader);
		if (bearer != null) {
			builder.header("Authorization", "Bearer " + bearer);
		}
		return builder;
	}

	private Response send(HttpRequest.Builder builder) {
		try {
			HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(),
					response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Cache-Control").orElse(""),
					response.headers().firstValue("Retry-After").orElse(null));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Status, raw body and the body as JSON. */
	public record Response(int status, String body, String contentType, String cacheControl, String retryAfter) {

		public JsonNode json() {
			return JSON.readTree(body);
		}

		public String text(String field) {
			JsonNode node = json().get(field);
			return node == null || node.isNull() ? null : node.asString();
		}

		/** The problem type's slug: the part after https://alujrat.com/problems/. */
		public String problem() {
			String type = text("type");
			return type == null ? null : type.substring(type.lastIndexOf('/') + 1);
		}

		public boolean hasFieldError(String field) {
			JsonNode errors = json().get("errors");
			if (errors == null) {
				return false;
			}
			for (JsonNode error : errors) {
				if (field.equals(error.get("field").asString())) {
					return true;
				}
			}
			return false;
		}
	}
}
