package com.alujrat.platform.web;

import java.nio.charset.StandardCharsets;

import com.alujrat.platform.Attachments;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An attachment sent as a download (never shown inline), private to the one who asked. */
public final class Downloads {

	private Downloads() {
	}

	public static ResponseEntity<byte[]> of(Attachments.File file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(file.bytes());
	}
}
