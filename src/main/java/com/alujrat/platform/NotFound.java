package com.alujrat.platform;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Something that does not exist, or that the caller may not know exists: pages show the 404 page, the API a
 * {@code not-found} problem. Both look the same whether the thing is missing or hidden from the caller.
 */
public class NotFound extends ResponseStatusException {

	public NotFound(String detail) {
		super(HttpStatus.NOT_FOUND, detail);
		getBody().setType(URI.create("https://alujrat.com/problems/not-found"));
		getBody().setDetail(detail);
	}
}
